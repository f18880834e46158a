/**
 * `kind-anaphora`: a kind acronym read alone (`la MJC`, `le CCAS`, `Le PTCE`) in a document that names
 * exactly one body of that kind (`la MJC de Brignoles`, `CCAS de Figeac`, `PTCE Vallée Verte`) points
 * back at that body: the bare reading takes its name as value, so the document holds one
 * organisation, not the body and its kind word beside it. With no such name, or two bodies of the kind
 * (`MJC de Vannes` and `MJC d'Auray`), or a name not lent, a town's body (`le CCAS`: the one of the town
 * the text is about) is left as it was, and a kind a place has many of (`Le PTCE` opening a sentence that
 * defines the kind, `la Scop`) is dropped (`kind-acronym-only`): the kind, or a body the document names already.
 *
 * The acronyms are those of a body every town has (lexicon LOCAL_BODY_ACRONYMS: `CCAS`, `MJC`, `CPIE`)
 * and of kinds a place has many of (`Scop`, `PTCE`). Not a regional body (`CRESS`): a text citing
 * another region's (`la CRESS Bretagne`) still says `la CRESS` for its own. The name lent must end on a
 * word some lexicon knows (`… de Figeac`): a name read on past its end (`CCAS de Figeac Publicatio`,
 * OCR glueing the next line's word) is not lent.
 */
import type { Mention } from '../../core/types.js';
import { lentName, namesByGroup, onlyName, withoutArticle } from './anaphora.js';
import { LOCAL_BODY_ACRONYMS, MANY_PER_PLACE_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { isKnownWord } from '../names.js';

/** Evidence recorded on a bare reading that took the name of its kind's one body. */
export const KIND_ANAPHORA = 'kind-anaphora';

/** The acronyms whose bare reading may point back at a body of the document (see the file's comment). */
const ANAPHORIC_KINDS: ReadonlySet<string> = new Set([...LOCAL_BODY_ACRONYMS, ...MANY_PER_PLACE_ACRONYMS]);

/** The kinds a place has many of: a bare reading that points at no one body of the document names none. */
const MANY_PER_PLACE: ReadonlySet<string> = new Set(MANY_PER_PLACE_ACRONYMS);

/** The acronym heading a longer name, any case (`MJC de …`, `Scop Tissages…`), and what follows it. */
const HEADED = /^(?<head>[\p{L}]+)[ \t\n]+(?<rest>\S[\s\S]*)$/u;

/** The kind acronym `value` is alone (article aside), upper-cased, or undefined. */
function bareKind(value: string): string | undefined {
  const word = withoutArticle(value).trim().toUpperCase();
  return ANAPHORIC_KINDS.has(word) ? word : undefined;
}

/** The last word of `value` made of letters (`Vierzon` of `MJC des 2 Rives de Vierzon`), or ''. */
const lastWord = (value: string): string => value.match(/\p{L}[\p{L}-]*/gu)?.at(-1) ?? '';

/** The kind acronym heading the name `value` (`CCAS de Figeac` → `CCAS`), or undefined. */
function headKind(value: string): string | undefined {
  const head = HEADED.exec(value)?.groups?.['head']?.toUpperCase();
  return head !== undefined && ANAPHORIC_KINDS.has(head) ? head : undefined;
}

/** The document's organisations with each bare kind reading named after its kind's one body (see the file's comment). */
export function resolveKindAnaphora(mentions: readonly Mention[]): Mention[] {
  // Each kind acronym → the names it heads among the document's organisations.
  const byKind = namesByGroup(mentions, headKind);
  return mentions.flatMap((mention) => {
    const kind = mention.type === 'organisation' ? bareKind(mention.value) : undefined;
    const names = kind === undefined ? undefined : byKind.get(kind);
    const name = onlyName(names);
    if (name !== undefined && isKnownWord(lastWord(name))) return [lentName(mention, name, KIND_ANAPHORA)];
    // `kind-acronym-only`: `Le PTCE` lent no name is the kind, or a body the document names already: no body of its own.
    return kind !== undefined && MANY_PER_PLACE.has(kind) ? [] : [mention];
  });
}

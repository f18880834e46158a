/**
 * `document-kind-head`: a name read with the lower-case kind word a sentence put before it (`la fédération Kalvo`,
 * `l'incubateur des Quenards`, `l'atelier d'auto-réparation de Vrombel Solidaire`), where the same document also names
 * the body without it. The page's kind word (lexicon/kinds-written-apart.ts), maybe its complements after `de`/`d'`
 * (`d'entreprises`, `d'insertion`) and a joiner (`de`, `des`, `du`, `d'`) open the reading; the rest opens on a capital
 * or a digit and is the name. When the document writes that name alone elsewhere (after no capitalised word and no
 * kind word: `Kalvo est…`, `les Quenards pour…`), or reads it as an organisation on its own, the kind was the
 * sentence's, not the name's (one sense per document): the reading is cut to the name, keeps its rule and confidence,
 * takes the other reading's value (else the name as written) and gains `document-kind-head`. A kind qualified by an
 * adjective (`la fédération nationale Kalvo`) names a body of its own and is left whole; so is a name that opens on a
 * place or a first name (`le foyer de Lunel`), and one word after a singular `de` (`la coopérative du Kalvonnais`),
 * the kind's place.
 */
import { alternation, escapeRegExp } from '../../core/pattern.js';
import type { Mention, PageInput } from '../../core/types.js';
import { OPENS_UPPER } from '../../core/word-shape.js';
import { KINDS_WRITTEN_APART } from '../lexicon/kinds-written-apart.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { readingKey } from './document-overrun.js';

export const DOCUMENT_KIND_HEAD = 'document-kind-head';

/** The kind, its complements after `de`/`d'`, a joiner, then the name opening on a capital or a digit. */
const KIND_THEN_NAME = new RegExp(
  `^(?<kind>${alternation(KINDS_WRITTEN_APART)})(?:\\s+d['’]\\s*\\p{Ll}[\\p{L}'’-]*|\\s+de\\s+\\p{Ll}[\\p{L}'’-]*)*` +
    `(?:\\s+(?<of>de\\s+la|de\\s+l['’]|du|de|d['’])\\s*|\\s+des\\s+|\\s+)(?<name>[\\p{Lu}\\p{N}][\\s\\S]*)$`,
  'u',
);
/** Before a name written alone: an article or a preposition, skipped to find the word that would join it. */
const ARTICLE_BEFORE = /(?:^|[\s'’])(?:les|la|le|l['’]|aux|au|des|du|de|d['’]|à)\s*$/iu;
/** The last word before a position (letters, digits, apostrophes, hyphens). */
const WORD_BEFORE = /([\p{L}\p{N}'’-]+)\s*$/u;

/** Whether the page writes `name` at `start` alone: no capitalised word (another name) and no kind word right before it. */
function standsAlone(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - 60), start);
  before = before.replace(ARTICLE_BEFORE, (match) => match.replace(/\S+\s*$/u, ''));
  const word = WORD_BEFORE.exec(before)?.[1];
  if (word === undefined) return true;
  const bare = word.replace(/^[ldLD]['’]/u, '');
  return !OPENS_UPPER.test(bare) && !KINDS_WRITTEN_APART.includes(bare.toLowerCase()) && !/^d['’]/iu.test(word);
}

/** Whether the document writes `name` alone outside `reading`. */
function writtenAlone(name: string, reading: Mention, pages: readonly PageInput[]): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
  return pages.some((page) =>
    [...page.text.matchAll(pattern)].some((match) => {
      const inside = page.page === reading.page && match.index < reading.span.end && match.index + match[0].length > reading.span.start;
      return !inside && standsAlone(page.text, match.index);
    }),
  );
}

/** `reading` cut to the name after its kind word, or undefined. */
function cutKind(reading: Mention, pages: readonly PageInput[], byKey: ReadonlyMap<string, Mention>): Mention | undefined {
  const groups = KIND_THEN_NAME.exec(reading.text)?.groups;
  const name = groups?.['name']?.trimEnd();
  // `la coopérative du Kalvonnais`, `les ateliers de Lunel`: one word after a singular `de` is the kind's place.
  if (name === undefined || (groups?.['of'] !== undefined && !/\s/u.test(name))) return undefined;
  const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? '';
  if (isPlaceName(first) || isFirstName(first)) return undefined;
  const alone = byKey.get(readingKey(name));
  if ((alone === undefined || alone === reading) && !writtenAlone(name, reading, pages)) return undefined;
  const start = reading.span.end - (reading.text.length - reading.text.lastIndexOf(name));
  return {
    ...reading,
    span: { start, end: start + name.length },
    text: name,
    value: alone?.value ?? name.replace(/\s+/gu, ' ').replace(/’/gu, "'"),
    evidence: [...(reading.evidence ?? []), DOCUMENT_KIND_HEAD],
  };
}

/** Every organisation reading opened by a kind word the document writes its name without, cut to the name. */
export function dropDocumentKindHeads(pages: readonly PageInput[], mentions: readonly Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.type === 'organisation' && !byKey.has(readingKey(mention.text))) byKey.set(readingKey(mention.text), mention);
  }
  return mentions.map((mention) => (mention.type === 'organisation' && /^\p{Ll}/u.test(mention.text) ? (cutKind(mention, pages, byKey) ?? mention) : mention));
}

/**
 * Organisations named with no type word that every French ESS document may cite: networks,
 * funders, public agencies and services (`Crédit Coopératif`, `le Labo de l'ESS`, `France
 * Travail`): the gazetteer of `lexicon/well-known-organisations.ts`, matched by
 * `organisation/gazetteer.ts` (its case and accent rule), then a regional branch after the name
 * (`Crédit Mutuel de Bretagne`, `France Active Nouvelle-Aquitaine`).
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { EVENT_LINKS, EVENT_NOUNS } from '../lexicon/event-nouns.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { REGIONS } from '../lexicon/organisation-types.js';
import { AREA_HEADS_BEFORE_ELISION } from '../lexicon/place-heads.js';
import { isCommonWord, isPlaceName, isWideArea } from '../lexicon-lookup.js';
import { BRANCH_AREAS, BRANCH_ONLY_NAMES, PHRASE_NAMES, WELL_KNOWN_ORGANISATIONS } from '../lexicon/well-known-organisations.js';
import { compileGazetteer, gazetteerMatchAt, type Gazetteer } from '../organisation/gazetteer.js';
import { isFirstName } from '../names.js';
import { OPENS_UPPER, HOLDS_LOWER } from '../../core/word-shape.js';
import { nameContinuation } from '../organisation/name-continuation.js';
import { pressTitleInside } from '../organisation/press-title.js';

const GAZETTEER: Gazetteer = compileGazetteer(WELL_KNOWN_ORGANISATIONS, PHRASE_NAMES);
/** A word of the branch, and what stands between it and the word before. */
/** A branch is a region or a town, a few words at most (`Provence Alpes Côte d'Azur`). */
const MAX_BRANCH_WORDS = 6;
/** An elided link (`d'Azur`, `l'Ain`) is a word of its own, a link before the area's word. */
const BRANCH_WORD = /(?<gap>[^\p{L}\p{N}&]*)(?<word>[dl]['’](?=\p{L})|[\p{L}\p{N}&]+(?:[-'’][\p{L}\p{N}&]+)*)/uy;
/** Words that link a branch's words (`de Bretagne`, `du Pays de la Loire`) but never end it. */
const LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', "d'", "l'"]);
/**
 * Heads of a natural area (`Mont`, `Val`, `Côte`, `Pays`: place-heads.ts) that name it with the capitalised
 * word after them, on their line, past links (`Mont Ventoux`, `Côte d'Émeraude`, a compound's last part too:
 * `Normandie-Côte d'Opale`): both are the branch's words, though the head and its name may be common words (`named-area`).
 */
const AREA_HEADS: ReadonlySet<string> = new Set(AREA_HEADS_BEFORE_ELISION.map((word) => fold(word)));
const AREA_NAME_NEXT = /^(?:[ \t]+(?:de|du|des|la|le|les)(?=[ \t]))*(?:[ \t]+(?:[dl]['’])?|[dl]['’])\p{Lu}/u;
/** A capitalised head right before a name is part of it (`Réseau Chantier école`, `Groupe Crédit Agricole`). */
const HEAD_BEFORE = /(?:^|[^\p{L}\p{N}])(?:R[ée]seau|F[ée]d[ée]ration|Groupe|R[ÉE]SEAU|F[ÉE]D[ÉE]RATION|GROUPE)(?:[ \t]+|[ \t]*\n[ \t]*)$/u;
const CAPITAL_REGIONS: ReadonlySet<string> = new Set(REGIONS.filter((region) => !HOLDS_LOWER.test(region)));
/** The words of region and area names (`Grand`, `Est`, `Lorraine`), which are also common words. */
const REGION_WORDS: ReadonlySet<string> = new Set([...REGIONS.flatMap((region) => region.split(/[ '’-]+/u)), ...BRANCH_AREAS].map((word) => fold(word)));

/** A common word that is no place and no word of a region's name (`Vert`, `Co-pilote`; not `Est` or `Brest`). */
function namesNoPlace(word: string): boolean {
  if (REGION_WORDS.has(fold(word)) || isPlaceName(word)) return false;
  // `Co-pilote`: a compound whose last part is a common word (`Poitou-Charentes` is an area's).
  const last = word.slice(word.lastIndexOf('-') + 1);
  return isCommonWord(word) || (last !== word && !REGION_WORDS.has(fold(last)) && isCommonWord(last));
}

/** `de l'`, `de la `, `du `: a link between an event's noun and a name, any apostrophe, any blanks. */
const EVENT_LINK = alternation(EVENT_LINKS).replace(/'/gu, "['’]").replace(/ /gu, '[ \\t]+');
/** `Mois de l'`, `Festival de `, `Prix `: an event's noun, and its link if any, right before a name. */
const EVENT_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(EVENT_NOUNS)}[ \\t]+(?:${EVENT_LINK}[ \\t]*)?$`, 'iu');

/**
 * `Mois de l'ESS 2024`: a known name that ends in a year, after an event's noun, is that event's
 * edition (the year is a date), not the body of the same name.
 */
function eventEdition(text: string, start: number, end: number): boolean {
  return /\d{4}$/u.test(text.slice(start, end)) && EVENT_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * `Le Relais Vert`, `Caisse des Dépôts Habitat`: a capitalised common word right after the name,
 * on its line, makes it part of a longer name (another body), which other rules read (or `longerNameEnd`).
 */
function insideLongerName(text: string, end: number): boolean {
  // `Crédit Mutuel Co-pilote :`: a word before a colon is the next label, not more of the name.
  const next = /^[ \t]+(?<word>\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-]|[ \t]*:)/u.exec(text.slice(end, end + 40))?.groups?.['word'];
  return next !== undefined && namesNoPlace(next);
}

/** Capitalised words (and `de`/`du`/`des` between them), one line break at most, then a comma, a semicolon, or `ou`/`et` and the next item's capital. */
const LONGER_RUN = /^(?:[ \t]*\n?[ \t]*(?<=\s)(?:(?:de|du|des)[ \t]+)?\p{Lu}[\p{L}'’-]*){1,3}(?=[ \t]*(?:,|;|[ \t\n]+(?:ou|et)[ \t\n]+(?:(?:la|le|les|de|du|des)[ \t\n]+|[ld]['’])?\p{Lu}))/u;

/**
 * `Envie Lumière Savoie ou …`, `… Relais Vert, `: a known body's subsidiary or another body named after it,
 * read whole when the run closes an item of an enumeration; elsewhere left to other rules (null).
 */
function longerNameEnd(text: string, end: number): number | null {
  const run = LONGER_RUN.exec(text.slice(end, end + 80));
  return run === null ? null : end + run[0].length;
}

/**
 * `…, Emmaüs atelier, …`: one lower-case word closing a known name before the comma of an enumeration is its own
 * (name-continuation.ts `closing-word`: a dictionary word, no verb, adverb or pronoun), a subsidiary's name.
 */
function closingWordEnd(text: string, start: number, end: number): number | null {
  const words = text.slice(start, end).split(/\s+/u);
  const continuation = nameContinuation(text, end, { nameWords: words.length, lastWord: words[words.length - 1] ?? '' });
  return continuation?.rule === 'closing-word' && /^[ \t]*,/u.test(text.slice(continuation.end, continuation.end + 3)) ? continuation.end : null;
}

/**
 * Whether `word` ends the branch before it: a lower-case word, a common word that names no place
 * (`Le Relais Vert` is another body than `Le Relais`), a first name, another well-known name
 * (`Fondation RTE · Caisse d'Épargne`), a known acronym, or a word in capitals after a name that
 * is not (`AG2R La Mondiale⏎RÉSEAUX`) unless it is a region's (`PACA`).
 */
function endsBranch(text: string, start: number, word: string, nameInCapitals: boolean): boolean {
  if (!OPENS_UPPER.test(word) || namesNoPlace(word)) return true;
  // `France Active⏎Julie Martin`: a person's first name is no branch (`Lorraine` is a region's).
  if (!REGION_WORDS.has(fold(word)) && isFirstName(word)) return true;
  const first = /^[\p{L}\p{N}&]+/u.exec(word)?.[0] ?? word;
  if (gazetteerMatchAt(GAZETTEER, text, start, first) !== null || KNOWN_ORGANISATION_ACRONYMS.has(word)) return true;
  return !nameInCapitals && !HOLDS_LOWER.test(word) && word.length >= 3 && !CAPITAL_REGIONS.has(word);
}

/** `de` and a lower-case word after a word on its line (`Réunion de lancement`, `Réunion d'information`). */
const LOWER_NEXT = /^[ \t]+(?:de|du|des|d['’])[ \t]*\p{Ll}/u;

/**
 * `Crédit Coopératif⏎Réunion de lancement`: an area's word that is also a common word, opening the
 * next line and going on there with `de` and a lower-case word, is a heading's first word (a meeting), not the
 * branch (`France Active⏎Lorraine accompagne…` keeps its branch).
 */
function opensHeading(text: string, end: number, word: string): boolean {
  return isCommonWord(word) && LOWER_NEXT.test(text.slice(end, end + 12));
}

/**
 * Where the regional branch after a well-known name ends: capitalised words and the links between
 * them (`de`, `du`), on the name's line or the next, up to the first punctuation (`·`, `—`, `,`)
 * or word that ends a branch; a link never ends it.
 */
function branchEnd(text: string, nameStart: number, nameEnd: number): number {
  const nameInCapitals = !HOLDS_LOWER.test(text.slice(nameStart, nameEnd));
  let end = nameEnd;
  let lines = 0;
  let areaNamed = false;
  BRANCH_WORD.lastIndex = nameEnd;
  for (let words = 0, match = BRANCH_WORD.exec(text); match !== null && words < MAX_BRANCH_WORDS; words += 1, match = BRANCH_WORD.exec(text)) {
    const word = match.groups?.['word'] ?? '';
    const gap = match.groups?.['gap'] ?? '';
    lines += gap.includes('\n') ? 1 : 0;
    if (!/^[ \t]*\n?[ \t]*$/u.test(gap) || lines > 1) break;
    if (LINKS.has(word.toLowerCase().replace('’', "'"))) continue;
    // `… Savoie Mont Blanc`: an area's head and the name after it (named-area).
    const named = areaNamed && OPENS_UPPER.test(word);
    areaNamed = OPENS_UPPER.test(word) && AREA_HEADS.has(fold(word.slice(word.lastIndexOf('-') + 1))) && AREA_NAME_NEXT.test(text.slice(BRANCH_WORD.lastIndex, BRANCH_WORD.lastIndex + 24));
    if (named || areaNamed) {
      end = BRANCH_WORD.lastIndex;
      continue;
    }
    if (gap.includes('\n') && opensHeading(text, BRANCH_WORD.lastIndex, word)) break;
    if (endsBranch(text, BRANCH_WORD.lastIndex - word.length, word, nameInCapitals)) break;
    end = BRANCH_WORD.lastIndex;
  }
  return end;
}

/** The areas a branch names, folded: with departments and regions (`isWideArea`), wider than a town. */
const BRANCH_AREA_KEYS: ReadonlySet<string> = new Set(BRANCH_AREAS.map((area) => fold(area)));
const isWiderThanTown = (name: string): boolean => isWideArea(name) || BRANCH_AREA_KEYS.has(fold(name));
/** `de` or `d'` with no article, then the rest: a town's link (a department, a region takes `du`, `de la`… or is a known area). */
const BARE_OF = /^[ \t]*\n?[ \t]*(?:de[ \t]*\n?[ \t]*|d['’])(?<place>\p{Lu}[\s\S]*)$/u;

/**
 * `Restos du Cœur de Lunel`, `Emmaüs de Vilaret-le-Haut`: after a well-known name, `de` or `d'` with no article and a
 * town (a known place that is no department, region or former region) says where the body's local branch or site is;
 * the body is the known name (`town-branch`). A department's or a region's branch is read whole (`Emmaüs du Cher`,
 * `Mouvement associatif de Bretagne`), as is a town written with no `de` (`France Active Lunel`).
 */
function townBranch(text: string, nameEnd: number, end: number): boolean {
  const place = BARE_OF.exec(text.slice(nameEnd, end))?.groups?.['place']?.replace(/\s+/gu, ' ');
  return place !== undefined && isPlaceName(place) && !isWiderThanTown(place) && !place.split(/[ '’-]+/u).some((word) => isWiderThanTown(word));
}

/**
 * A name of two words or more read whole from the gazetteer outranks a person's reading of the same
 * span (remove-overlaps keeps the more confident): `Leroy Merlin` has the shape of a first name and
 * a surname, and the gazetteer is knowledge that it is not one. A one-word entry stays below a person.
 */
const nameConfidence = (entry: string): number => (/\s/u.test(entry.trim()) ? 0.9 : 0.7);

export const organisationWellKnownParser: Parser = {
  id: 'fr.organisation.well-known',
  pattern: () => compile(GAZETTEER.pattern, 'gu'),
  // The anchors' starts are found by a lookup (organisation/anchor-starts.ts), not by scanning the page.
  starts: (text) => GAZETTEER.anchorStarts(text),
  extract(context, match): Candidate | null {
    const found = gazetteerMatchAt(GAZETTEER, context.text, match.index, match.groups?.['anchor'] ?? '');
    if (found === null || eventEdition(context.text, found.start, found.end) || pressTitleInside(context.text, found.entry, found.end)) return null;
    const inside = insideLongerName(context.text, found.end);
    const longer = inside ? longerNameEnd(context.text, found.end) : null;
    if (inside && longer === null) return null;
    const branch = branchEnd(context.text, found.start, found.end);
    // `branch-only`: a name that is a body only with its branch after it (lexicon BRANCH_ONLY_NAMES).
    if (longer === null && branch === found.end && BRANCH_ONLY_NAMES.has(found.entry)) return null;
    const end = longer ?? closingWordEnd(context.text, found.start, found.end) ?? (townBranch(context.text, found.end, branch) ? found.end : branch);
    const head = HEAD_BEFORE.exec(context.text.slice(Math.max(0, found.start - 12), found.start));
    const start = head === null ? found.start : found.start - head[0].length + (/^[^\p{L}]/u.test(head[0]) ? 1 : 0);
    return {
      type: 'organisation', start, end, value: context.text.slice(start, end).replace(/\s+/gu, ' '),
      confidence: nameConfidence(found.entry), rule: this.id, inferred: [],
    };
  },
};

/**
 * Checks `organisationNamedParser` runs around a type word: events named after a workshop head,
 * branches named by their town, universities named place first, and an acronym followed by its
 * parent organisation (`laboratoire LIRAM de Vannes Université`).
 */
import { fold } from '../../core/pattern.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { isDistinctiveName } from './distinctive-name.js';
import { HEAD_WORDS } from './name-words.js';
import { PLACE_QUALIFIERS, TERRITORY_NAME_WORDS } from '../lexicon/territory-words.js';
import { spellsInitials } from './acronym-initials.js';

/** Heads that announce an event when a quoted title follows (`Atelier « Vendre aux collectivités »`). */
const EVENT_HEADS = new Set(['atelier', 'ateliers', 'formation', 'webinaire', 'journée', 'séminaire', 'rencontre', 'rencontres', 'forum']);

export const isEventHead = (headKey: string): boolean => EVENT_HEADS.has(headKey);

/**
 * `l'agence de Pau`, `l'épicerie sociale de Sisteron`: lower-case qualifiers, a preposition and a
 * known place or a hyphenated compound (`Saint-Martin-des-Champs`) name a branch, not a body.
 */
export function isPlaceAfterPreposition(name: string): boolean {
  const place = /^(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s*(?:de|du|d['’]|à|au|en|sur)\s*(?<place>.+)$/u.exec(name)?.groups?.['place'];
  return place !== undefined && (isPlaceName(place) || /^\p{Lu}\p{Ll}+(?:-\p{L}+){2,}$/u.test(place.trim()));
}

/** `Nantes Université`, `Aix-Marseille Université`: the start of a place written before `Université`. */
export function placeBeforeUniversity(text: string, headStart: number): number | null {
  const word = /(?<![\p{L}'’-])(?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)[ \t]$/u.exec(text.slice(Math.max(0, headStart - 40), headStart))?.groups?.['word'];
  if (word === undefined || isCommonWord(word) && !isPlaceName(word)) return null;
  const parts = word.split('-');
  if (!isPlaceName(word) && !(parts.some((part) => isPlaceName(part)) && parts.every((part) => !isCommonWord(part)))) return null;
  return headStart - word.length - 1;
}

/** Evidence on a name split from its parent body by `acronymBeforeParent`: the `de` after it is the parent's. */
export const PARENT_AFTER = 'parent-after';

/**
 * `laboratoire LIRAM de Vannes Université`, `service ECO de la Région`: an acronym, `de`, then a
 * name holding a type word is one organisation inside another. The parent's type word may open
 * the next line, where the extent stopped (`… de Nantes⏎Université`), and the span may wrap. Returns
 * where the first one ends.
 */
export function acronymBeforeParent(text: string, nameStart: number, end: number): number | null {
  const found = /^(?<acronym>\p{Lu}{2,10})[ \t]+(?:de|du|des|de[ \t]+la|de[ \t]+l['’])\s*(?<rest>[\s\S]+)$/u.exec(text.slice(nameStart, end));
  const rest = found?.groups?.['rest'];
  if (found === null || rest === undefined) return null;
  const nextLine = /^[ \t]*\n[ \t]*(?<word>\p{L}+)/u.exec(text.slice(end, end + 40))?.groups?.['word'] ?? '';
  if (![...rest.split(/[\s'’]+/u), nextLine].some((word) => HEAD_WORDS.has(fold(word)))) return null;
  return nameStart + (found.groups?.['acronym'] ?? '').length;
}

/** `de` and one or two lower-case words, a comma, then a capitalised word. */
const QUALIFIER_THEN_NAME = /^[ \t]+(?:de|d['’])[ \t]*\p{Ll}+(?:[ \t]+\p{Ll}+)?,[ \t]+(?=\p{Lu}\p{Ll})/u;
/** `sa SCOP de menuiserie, Copeaux Libres`: a type word, `de` + a lower-case trade, a comma, then the name. Returns where it starts. */
export function nameAfterQualifier(text: string, headEnd: number): number | null {
  const found = QUALIFIER_THEN_NAME.exec(text.slice(headEnd, headEnd + 60));
  return found === null ? null : headEnd + found[0].length;
}

/** Evidence on a name read after a facility's kind and `de` (`facilityOfName`): the kind and the `de` are left out. */
export const FACILITY_OF_NAME = 'facility-of-name';

/**
 * `de l'Éveil Solidaire`, `d'Ozan & Trokal`, `du Second Élan`: `de`, `d'`, `de l'` or `du`, then two or more capitalised
 * words (maybe joined by `&`), the whole rest of the name. Such a name is the body's own, not where the facility is, when
 * none of its words is a place, a territory's word (`Pays`, `Val`, `Haute`…: lexicon/territory-words.ts) or a type word.
 */
const OF_COINED_NAME = /^\s+(?:de\s+l['’]\s*|d['’]\s*|du\s+|de\s+)(?<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*)+)$/u;

/** `coined-name-after-of`: where the coined name after a facility's kind and `de` starts in `rest`, or null. */
function coinedNameAfterOf(rest: string): number | null {
  const name = OF_COINED_NAME.exec(rest)?.groups?.['name'];
  if (name === undefined || isPlaceName(name)) return null;
  const words = name.split(/\s+/u).filter((word) => word !== '&');
  if (words.some((word) => isPlaceName(word) || TERRITORY_NAME_WORDS.has(fold(word)) || PLACE_QUALIFIERS.has(fold(word)) || HEAD_WORDS.has(fold(word)))) return null;
  return rest.length - name.length;
}

/** `de Trokal`, `d'⏎ABCD`: a bare `de` (no article) and one word, the whole rest of the name. */
const OF_ONE_WORD = /^\s+(?:de\s+|d['’]\s*)(?<word>[\p{L}\p{N}][\p{L}\p{N}'’-]*)$/u;

/**
 * `la ressourcerie de Trokal`, `le chantier de ABCD`: a lower-case kind of facility (a descriptor head:
 * ressourcerie, chantier, épicerie…) then a bare `de` and one word that is a name of its own (a word no
 * lexicon knows, distinctive-name.ts, or an acronym in capitals) is the facility the body named by that word
 * runs: the organisation is the word. A place (`la ressourcerie de Lunel`, a branch), a common word
 * (`l'épicerie de Quartier`) or an article (`la recyclerie du Val`: a name of its own) leave the name whole.
 * `rest` is the text between the head and the name's end; returns the offset of the word in it, or null.
 */
export function facilityOfName(rest: string): number | null {
  const coined = coinedNameAfterOf(rest);
  if (coined !== null) return coined;
  const word = OF_ONE_WORD.exec(rest)?.groups?.['word'];
  if (word === undefined || isPlaceName(word)) return null;
  const acronym = /^\p{Lu}{2,6}$/u.test(word) && !NON_ORGANISATION_ACRONYMS.has(word);
  return acronym || isDistinctiveName(word) ? rest.length - word.length : null;
}

/** Institutions whose official names are lower-case words (`Institut d'administration des entreprises`). */
const LOWER_OFFICIAL_HEADS = new Set(['institut', 'école', 'chambre', 'observatoire', 'conservatoire']);

/**
 * `Institut d'administration des entreprises`, `École des hautes études…`: a capitalised head, a
 * connector and lower-case words joined by connectors, up to a punctuation mark or a line end.
 * Returns where the name ends.
 */
export function lowerOfficialName(text: string, headKey: string, headEnd: number): number | null {
  if (!LOWER_OFFICIAL_HEADS.has(headKey)) return null;
  const found = /^(?:[ \t]+(?:de|des|du)[ \t]+|[ \t]*d['’])\p{Ll}{3,}(?:(?:[ \t]+(?:de|des|du|et)[ \t]+|[ \t]+(?:et[ \t]+)?d['’])\p{Ll}{3,}(?:[ \t]+\p{Ll}{2,}(?:aux|ales?|els?|elles?|aires?|iques?|iers?|ières?|ieurs?|iens?|ifs?|ives?)(?![\p{L}]))?){1,3}(?=[ \t]*(?:[,;.:)–—]|\n|$))/u.exec(text.slice(headEnd, headEnd + 90));
  return found === null ? null : headEnd + found[0].length;
}

/**
 * `Kalimba, réseau régional de l'Économie solidaire`: a lower-case head right after a name and a
 * comma, then a lower-case qualifier, describes that name; it is no other body.
 */
export function describesNameBefore(text: string, headStart: number, headEnd: number): boolean {
  return /\p{Lu}[\p{L}\p{N}'’-]*,[ \t]*\n?[ \t]*$/u.test(text.slice(Math.max(0, headStart - 40), headStart)) &&
    /^[ \t]*\n?[ \t]*\p{Ll}{3,}/u.test(text.slice(headEnd, headEnd + 20)) && !/^[ \t]+(?:de|du|des|d['’])/u.test(text.slice(headEnd, headEnd + 5));
}

/**
 * `KALIDO (Kiosque d'Accueil et de Liens à la Douce Orne)`: a name that opens an acronym's bracket
 * is its expansion and runs to the closing bracket. Returns that end, or null.
 */
export function expansionEnd(text: string, start: number, end: number): number | null {
  // The bracket looked for first (speed only): most names follow none, and the pattern is tried from every position.
  const before = text.slice(Math.max(0, start - 16), start);
  if (!before.includes('(') || !/\p{Lu}{2,}[ \t]*\n?[ \t]*\([ \t]*$/u.test(before)) return null;
  const close = /^[^().;:!?«»]{0,80}?(?=[ \t]*\))/u.exec(text.slice(end, end + 90));
  return close === null ? null : end + close[0].length;
}

/** Words an acronym skips (`Agence départementale d'information sur le logement` → `ADIL`). */
const SKIPPED_BY_ACRONYMS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'et', 'à', 'a', 'au', 'aux', 'en', 'pour', 'sur', 'par', 'dans']);

/** The words up to an acronym between brackets (maybe with a department number), in one clause. */
const ACRONYM_AHEAD = /^(?<gap>[^.;:!?()«»,]{0,110}?)[ \t]*\n?[ \t]*\((?<acronym>\p{Lu}{2,10})(?:[ \t]+\d{2,3})?\)/u;
/**
 * `Association départementale de Lunel pour l'aide à l'enfance (ADLAE 34)`: the name runs on, in
 * its sentence (no comma nor stop), to an acronym in brackets whose letters are the initials of
 * its words, the head's first. Returns where the name then ends (before the bracket), or null.
 */
export function expansionToAcronym(text: string, start: number, end: number): number | null {
  const after = text.slice(end, end + 130);
  // No bracket ahead (most names): no acronym to spell, without trying the lazy gap at every length.
  if (!after.includes('(')) return null;
  const found = ACRONYM_AHEAD.exec(after);
  const acronym = found?.groups?.['acronym'];
  if (found === null || acronym === undefined) return null;
  const nameEnd = end + (found.groups?.['gap'] ?? '').trimEnd().length;
  const words = text.slice(start, nameEnd).split(/[\s'’-]+/u).filter((word) => word !== '');
  // The name's words, read up to the bracket, may hold lower-case ones the acronym passes over (`'may-spell'`).
  return nameEnd > end && spellsInitials(acronym, words, 'may-spell', (word) => SKIPPED_BY_ACRONYMS.has(word.toLowerCase())) ? nameEnd : null;
}

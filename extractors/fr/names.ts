/** Helpers shared by the person parsers: first-name lookup, surname checks, natural casing. */
import { memoised } from '../core/memo.js';
import { isCommonWord, isPlaceName, isSurname } from './lexicon-lookup.js';
import { endsWithWord, fold, withoutMarks } from '../core/pattern.js';
import { AREA_HEADS_BEFORE_ELISION } from './lexicon/place-heads.js';
import { AMBIGUOUS_FIRST_NAMES } from './lexicon/ambiguous-first-names.js';
import { CAPITALISED_NON_NAMES } from './lexicon/capitalised-words.js';
import { KNOWN_ORGANISATION_ACRONYMS } from './lexicon/organisation-acronyms.js';
import { NON_ORGANISATION_ACRONYMS } from './lexicon/organisation-types.js';
import { FIRST_NAMES_SOURCE } from './lexicon/first-names.js';
import { ROLE_NOUNS } from './lexicon/roles.js';

let firstNames: ReadonlySet<string> | null = null;
/** The names, and the same names without their accents (`Francois`, `Gwenaelle`): OCR often loses them. */
let namesAsReadByOcr: ReadonlySet<string> | null = null;
const NON_ASCII = /[\u0080-\u{10FFFF}]/u;
/** `François` → `Francois`; letter case is kept (an upper-case word is no given name here). */
function withoutAccents(word: string): string {
  return withoutMarks(word, 'NFD');
}

/** Known names that carry an accent, by their plain form: `Helene` → [`Hélène`]. */
let accentedByPlain: ReadonlyMap<string, readonly string[]> | null = null;

function accentedNames(names: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const name of names) if (NON_ASCII.test(name)) map.set(withoutAccents(name), [...(map.get(withoutAccents(name)) ?? []), name]);
  return map;
}

/**
 * Whether `word` is `name` with some accents lost or changed by OCR (`Hélene`, `Héléne` for
 * `Hélène`): letter by letter, the same letter, its plain base, or another accent on the same
 * base. An accent where the name has none is never OCR's doing (`Zéphyr` is no `Zephyr`).
 */
function accentDamaged(word: string, name: string): boolean {
  const written = [...word];
  const known = [...name];
  if (written.length !== known.length) return false;
  return written.every((char, index) => {
    const expected = known[index] ?? '';
    if (char === expected) return true;
    return withoutAccents(char) === withoutAccents(expected) && expected !== withoutAccents(expected);
  });
}

/** First parts of French compound given names: `Marie-Annick`, `Jean-Baptiste`, `Anne-Gaëlle`. */
const COMPOUND_LEADS: ReadonlySet<string> = new Set(['Marie', 'Jean', 'Anne', 'Pierre', 'Paul', 'Louis', 'Marc', 'Rose']);

/** A place, a given name or a surname the lexicons hold: a spelling of its own, which OCR repairs never respell. */
export function isNameWord(word: string): boolean {
  return isPlaceName(word) || isFirstName(word) || isSurname(word);
}

/** A word some lexicon holds: a common word, or a place, given name or surname (`isNameWord`). */
export function isKnownWord(word: string): boolean {
  return isCommonWord(word) || isNameWord(word);
}

/**
 * Whether `word` (each part of a hyphenated `word`, or a compound with a usual lead) is a known
 * first name, accents aside (`Francois` for `François`, as OCR reads it).
 */
export const isFirstName: (word: string) => boolean = memoised(firstName);
function firstName(word: string): boolean {
  firstNames ??= new Set(FIRST_NAMES_SOURCE.split(' '));
  // Only a word with no accent left is looked up without accents: OCR loses accents, it does not
  // add them, so `Zéphyr` must be a name as written. The names as written and their plain ASCII
  // forms are one set, so a word costs one lookup (this runs for most capitalised words).
  namesAsReadByOcr ??= new Set([...firstNames, ...[...firstNames].map(withoutAccents).filter((name) => !NON_ASCII.test(name))]);
  if (namesAsReadByOcr.has(word)) return true;
  if (NON_ASCII.test(word)) {
    accentedByPlain ??= accentedNames(firstNames);
    if ((accentedByPlain.get(withoutAccents(word)) ?? []).some((name) => accentDamaged(word, name))) return true;
  }
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length === 2 && COMPOUND_LEADS.has(parts[0] ?? '') || parts.length > 1 && parts.every((part) => firstNames?.has(part) === true);
}

/** Whether `word` is a given name only next to a clear surname (`Claude`, `Anne`: see ambiguous-first-names.ts). */
export function isAmbiguousFirstName(word: string): boolean {
  return AMBIGUOUS_FIRST_NAMES.has(word);
}

/** Whether a capitalised token may be a surname: not a common capitalised word or a role. */
export function isSurnameCandidate(word: string): boolean {
  const folded = fold(word);
  if (folded.length < 2) return false;
  if (CAPITALISED_NON_NAMES.has(folded) || ROLE_NOUNS.has(word.toLowerCase())) return false;
  return folded.split(/[-\s]/u).every((part) => !CAPITALISED_NON_NAMES.has(part) || part.length <= 2);
}

/** `BOUKHATEB` → `Boukhateb`, `LEROY-SELOSSE` → `Leroy-Selosse`, `DE` → `de`, `LE QUÉRÉ` → `Le Quéré`; mixed case kept. */
export function naturalCase(name: string): string {
  return name
    .split(/([\s-]+)/u)
    .map((part) => {
      if (/^[\s-]+$/u.test(part)) return part.includes('-') ? '-' : ' ';
      // Nobiliary particles are lower case (`de Beauchamp`); `Le`/`La` of Breton or Picard names
      // (`Le Quéré`) are capitalised; a particle written in mixed case is kept as written (`Van Damme`).
      if (/^(?:DE|DU|DES|VAN|VON|DER|D')$/u.test(part)) return part.toLowerCase();
      if (/^(?:de|du|des|le|la|van|von|der|d')$/iu.test(part) && part !== part.toUpperCase()) return part;
      if (part === part.toUpperCase() && part.length > 1) return part.charAt(0) + part.slice(1).toLowerCase();
      return part;
    })
    .join('');
}

/**
 * What a surname in capitals does with a part that is a common word and also a surname (`BERNARD`, `BOULANGER`):
 * `'surname'` takes it (after a given name the run's last word is the family's: `PAUL⏎BOULANGER`), `'word'` refuses it
 * (after a bare `M.` nothing says a name comes: `M. MAIRE`, `M. LE`).
 */
export type CommonWordInCapitals = 'surname' | 'word';

/**
 * Whether `word` in capitals (`VERDALON`, `ROUX-MARTEL`) may be a surname: no place, no known acronym and, in each part
 * between hyphens and apostrophes, no common word (one that is also a surname as `common` says). The person-civility and
 * person-initials parsers read their surnames in capitals with it.
 */
export function surnameInCapitals(word: string, common: CommonWordInCapitals): boolean {
  if (isPlaceName(naturalCase(word)) || KNOWN_ORGANISATION_ACRONYMS.has(word) || NON_ORGANISATION_ACRONYMS.has(word)) return false;
  return word.split(/[-'’]/u).every((part) => !isCommonWord(part.toLowerCase()) || (common === 'surname' && isSurname(naturalCase(part))));
}

const ROLE_WINDOW = 40;

/** Whether a role noun (`Président`, `chargée de mission`) sits just before or after a name. */
export function nearRole(text: string, start: number, end: number): boolean {
  const around = `${text.slice(Math.max(0, start - ROLE_WINDOW), start)} ${text.slice(end, end + ROLE_WINDOW)}`;
  for (const word of around.toLowerCase().split(/[^\p{L}·-]+/u)) if (ROLE_NOUNS.has(word)) return true;
  return false;
}

/**
 * `Val d'`, `Vallée d’`, `Pays⏎d'`: a natural area and an elided `d'` (lexicon/place-heads.ts); a narrow
 * column may break the line between them.
 */
const AREA_BEFORE = endsWithWord(AREA_HEADS_BEFORE_ELISION, "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)d['’]");
/** How far before a word its area head and `d'` are looked for. */
const AREA_REACH = 16;

/** Whether the word at `start` follows an area's head and `d'`: the river's name (`Val d'Yvette`), no person's given name. */
export function afterAreaElision(text: string, start: number): boolean {
  return AREA_BEFORE.test(text.slice(Math.max(0, start - AREA_REACH), start));
}

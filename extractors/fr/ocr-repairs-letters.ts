/**
 * One OCR letter confusion in a word that French spelling cannot write, undone when the repaired
 * word is a dictionary word that French can write (`solidalre` → `solidaire`, `gesfion` →
 * `gestion`, `habitanfs` → `habitants`, `Glrard` → `Girard`). The confusions are those of real
 * French OCR (../shared/tools/ocr_noise.py, `letter` family and the accents read as letters), each
 * written as what was read and what was printed, most frequent first.
 *
 * A word is damaged when it holds a group of three letters that no French word form writes
 * (lexicon/french-trigrams.ts: `alr`, `lre$`, `glr`, `nfs$`); only a confusion inside such a group
 * is undone, and the repaired word must hold none. `word-letter` and `letter-group` (ocr-repairs.ts)
 * mend some of the same words where a hand-written pattern says a group is foreign; this repair
 * reads the spelling of all French forms instead, so a conjugated verb the common-word dictionary
 * leaves out (`étaient`) is never taken for a damaged word, and a name that French spelling allows
 * (`Brocantik`, `Okarina`) is never read as one. A name that holds a foreign group stays as
 * written unless one confusion makes a dictionary word of it. It runs after the other repairs,
 * which win where they overlap.
 */
import { memoised } from '../core/memo.js';
import { fold } from '../core/pattern.js';
import { isCommonWord } from './lexicon-lookup.js';
import { ORGANISATION_HEADS } from './lexicon/organisation-types.js';
import { FRENCH_TRIGRAMS_SOURCE } from './lexicon/french-trigrams.js';
import { CIVIL_TITLES, HONORIFIC_TITLES, PLURAL_CIVIL_TITLES } from './lexicon/titles.js';
import { isAmbiguousFirstName, isFirstName, isNameWord } from './names.js';
import type { OcrRepair } from './ocr-repairs.js';
import { ALL_LOWER, spliced } from '../core/word-shape.js';

/** What OCR read, what was printed: the letter confusions of real French OCR, most frequent first. */
export const LETTER_CONFUSIONS: readonly (readonly [read: string, printed: string])[] = [
  ['l', 'i'],
  ['g', 'ç'],
  ['ll', 'l'],
  ['f', 't'],
  ['i', 'l'],
  ['n', 'i'],
  ['a', 'o'],
  // `d` for `ô` first: OCR reads most `ô` as `d` or `o`, and `è` as `d` only now and then.
  ['d', 'ô'],
  ['d', 'è'],
  ['fi', 'g'],
  ['é', 'ô'],
  ['é', 'â'],
  ['l', 'û'],
];

/**
 * The letters French groups are written with (`^` and `$` mark a word's ends), each a number below
 * `ALPHABET_SIZE`, so a group is a number too: a table of the groups French writes (lexicon/french-trigrams.ts,
 * 7 807 three-letter strings) then answers a word's groups with no string made and no hash (`spellsFrench`).
 */
const ALPHABET_SIZE = 64;
/** Each character of the Latin-1 range by its number in the groups' alphabet; -1: none (`ß`, a digit). */
let letterNumbers: Int8Array | null = null;
/** Whether each group (three letter numbers) is one French writes: one bit a group, 32 KB. */
let groupTable: Uint8Array | null = null;
/** The groups French writes that the table cannot hold (a letter past Latin-1, `œ`): a few, looked up as strings. */
let otherGroups: ReadonlySet<string> | null = null;

/** Each group of the source, in its order: three code units. */
function* sourceGroups(): Generator<string> {
  for (let index = 0; index + 3 <= FRENCH_TRIGRAMS_SOURCE.length; index += 3) yield FRENCH_TRIGRAMS_SOURCE.slice(index, index + 3);
}

/** The letters' numbers, by first appearance in the groups. */
function numberLetters(): Int8Array {
  const numbers = new Int8Array(256).fill(-1);
  let next = 0;
  for (let index = 0; index < FRENCH_TRIGRAMS_SOURCE.length; index += 1) {
    const code = FRENCH_TRIGRAMS_SOURCE.charCodeAt(index);
    if (code < 256 && numbers[code] === -1 && next < ALPHABET_SIZE) numbers[code] = next++;
  }
  return numbers;
}

/** The number of the group of letter numbers `a`, `b`, `c` in the table. */
const groupAt = (a: number, b: number, c: number): number => (a * ALPHABET_SIZE + b) * ALPHABET_SIZE + c;

/** Whether the table holds group number `group`. */
const inTable = (table: Uint8Array, group: number): boolean => ((table[group >>> 3] ?? 0) & (1 << (group & 7))) !== 0;

/**
 * The table of groups, the letters' numbers and the groups left out of the table, built at first use. The groups are
 * not kept as strings besides: a set of them cost a third of a megabyte, which a small extraction thread pays for.
 */
function groupTables(): { readonly numbers: Int8Array; readonly table: Uint8Array; readonly others: ReadonlySet<string> } {
  if (letterNumbers === null || groupTable === null || otherGroups === null) {
    const numbers = numberLetters();
    const table = new Uint8Array(ALPHABET_SIZE ** 3 / 8);
    const others = new Set<string>();
    for (const group of sourceGroups()) {
      const [a, b, c] = [0, 1, 2].map((at) => (group.charCodeAt(at) < 256 ? numbers[group.charCodeAt(at)] ?? -1 : -1));
      if (a !== undefined && b !== undefined && c !== undefined && a >= 0 && b >= 0 && c >= 0) {
        const at = groupAt(a, b, c);
        table[at >>> 3] = (table[at >>> 3] ?? 0) | (1 << (at & 7));
      } else others.add(group);
    }
    letterNumbers = numbers;
    groupTable = table;
    otherGroups = others;
  }
  return { numbers: letterNumbers, table: groupTable, others: otherGroups };
}

/** The number of `code` lower-cased (A–Z and À–Þ lower by 0x20 as `toLowerCase` does), -1 when it has none or lies past Latin-1. */
function lowerNumber(numbers: Int8Array, code: number): number {
  if (code >= 256) return -1;
  const lower = (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
  return numbers[lower] ?? -1;
}

/**
 * Whether every group of `word` (lower-cased, its ends marked) is one French writes: then it holds no
 * foreign group and `repairOf` has nothing to undo. Answered letter by letter from a table, before the
 * word is looked up in `repairOf`'s kept answers (speed only: most words of a page are French). False
 * also when a letter lies outside the groups' Latin-1 letters: `foreignGroups` then reads the word.
 */
export function spellsFrench(word: string): boolean {
  const { numbers, table } = groupTables();
  const start = numbers[0x5e] ?? -1;
  const end = numbers[0x24] ?? -1;
  let first = start;
  let second = lowerNumber(numbers, word.charCodeAt(0));
  if (second < 0) return false;
  for (let index = 1; index <= word.length; index += 1) {
    const third = index === word.length ? end : lowerNumber(numbers, word.charCodeAt(index));
    if (third < 0 || !inTable(table, groupAt(first, second, third))) return false;
    first = second;
    second = third;
  }
  return true;
}

/** Offsets in `word` (lower case) of the groups French does not write, the word's ends marked. */
export function foreignGroups(word: string): number[] {
  const { numbers, table, others } = groupTables();
  const marked = `^${word}$`;
  const numberAt = (index: number): number => {
    const code = marked.charCodeAt(index);
    return code < 256 ? numbers[code] ?? -1 : -1;
  };
  const found: number[] = [];
  // Group i of the marked word covers letters i-1 .. i+1 of the word: read in the table when its three letters have a
  // number, else among the groups the table leaves out.
  for (let index = 0; index + 3 <= marked.length; index += 1) {
    const [a, b, c] = [numberAt(index), numberAt(index + 1), numberAt(index + 2)];
    const french = a >= 0 && b >= 0 && c >= 0 ? inTable(table, groupAt(a, b, c)) : others.has(marked.slice(index, index + 3));
    if (!french) found.push(index - 1);
  }
  return found;
}

/** A dictionary word: a common word for a lower-case word; a place, given name or surname too for a capitalised one. */
function isKnown(word: string, capitalised: boolean): boolean {
  if (isCommonWord(word.toLowerCase())) return true;
  return capitalised && isNameWord(word);
}

/** Titles written short (`Mlle`, `Mmes`): abbreviations, no French spelling, never damaged words. */
const SHORT_TITLES: ReadonlySet<string> = new Set([...Object.keys(CIVIL_TITLES), ...Object.keys(HONORIFIC_TITLES), ...Object.keys(PLURAL_CIVIL_TITLES)]);

/** Whether the letters `at` .. `end` (exclusive) of the word touch one of its foreign groups. */
const touches = (foreign: readonly number[], at: number, end: number): boolean => foreign.some((start) => start < end && start + 3 > at);

/** The first confusion (in table order) whose undoing makes a dictionary word French can write, or null. */
const repairOf = memoised((word: string): { at: number; read: string; printed: string } | null => {
  const capitalised = /^\p{Lu}\p{Ll}+$/u.test(word);
  if ((!capitalised && !ALL_LOWER.test(word)) || SHORT_TITLES.has(word)) return null;
  const lower = word.toLowerCase();
  const foreign = foreignGroups(lower);
  if (foreign.length === 0 || isKnown(word, capitalised)) return null;
  for (const [read, printed] of LETTER_CONFUSIONS) {
    // A capitalised word's first letter is its capital: confusions are read after it.
    for (let at = lower.indexOf(read, capitalised ? 1 : 0); at >= 0; at = lower.indexOf(read, at + 1)) {
      if (!touches(foreign, at, at + read.length)) continue;
      const repaired = spliced(word, at, read.length, printed);
      if (foreignGroups(repaired.toLowerCase()).length === 0 && isKnown(repaired, capitalised)) return { at, read, printed };
    }
  }
  return null;
});

/**
 * Every whole run of four letters or more (`\p{L}` runs: apostrophes and hyphens end one). The repairs that read whole
 * words share this one object, so `ocrRepairEdits` scans the page for them once.
 */
export const WORD_RUN_SHORTEST = 4;
export const WORD_RUN = new RegExp(`\\p{L}{${WORD_RUN_SHORTEST},}`, 'gu');

/** `solidalre`, `gesfion`, `Glrard`: one letter confusion in a word French cannot spell, undone into a dictionary word. */
export const impossibleGroup: OcrRepair = {
  name: 'impossible-group',
  // Whole words of four letters or more, lower case or capitalised (`\p{L}` runs: apostrophes and hyphens end one).
  pattern: WORD_RUN,
  edit: (match, text) => {
    if (spellsFrench(match[0])) return null;
    const repair = repairOf(match[0]);
    if (repair === null) return null;
    // A word glued to digits, or inside an address or a code, is no word to repair.
    if (/[\p{N}@_/.]/u.test(text.charAt(match.index - 1)) || /[\p{N}@_]/u.test(text.charAt(match.index + match[0].length))) return null;
    return { start: match.index + repair.at, end: match.index + repair.at + repair.read.length, text: repair.printed };
  },
};

/**
 * The one-word organisation heads of five letters or more (`association`, `réseau`, `collectivité`),
 * folded, with their plurals: the type words every organisation rule looks for.
 */
const FOLDED_HEADS: ReadonlySet<string> = new Set(
  ORGANISATION_HEADS.filter((head) => head.length >= 5 && !/[\s'-]/u.test(head)).flatMap((head) => [fold(head), `${fold(head)}s`, `${fold(head)}x`]),
);

/**
 * The first two and the last two letters of every folded head. A confusion reads at most two letters, so in a word of
 * five letters or more it leaves either the first two or the last two as they were: a word that shares neither with
 * any head can be mended into none, and is passed over before its answer is looked for and kept (the memo of
 * `headRepairOf` would otherwise hold every long word of the page, which a small extraction thread pays for).
 */
const HEAD_STARTS: ReadonlySet<string> = new Set([...FOLDED_HEADS].map((head) => head.slice(0, 2)));
const HEAD_ENDS: ReadonlySet<string> = new Set([...FOLDED_HEADS].map((head) => head.slice(-2)));

/** Whether one confusion could make a head of `word` (five letters or more; see HEAD_STARTS), read from its folded form. */
export function foldedMayBeHead(word: string): boolean {
  const folded = fold(word.toLowerCase());
  return HEAD_STARTS.has(folded.slice(0, 2)) || HEAD_ENDS.has(folded.slice(-2));
}

/** Where the pair of ASCII lower-case letters `first`, `second` (their codes) stands in a table of pairs. */
const pairAt = (first: number, second: number): number => (first - 97) * 26 + (second - 97);

/** The pairs of ASCII letters among `pairs` (two-letter strings), each marked in a table at `pairAt`. */
function asciiPairTable(pairs: Iterable<string>): Uint8Array {
  const table = new Uint8Array(26 * 26);
  for (const pair of pairs) if (/^[a-z]{2}$/u.test(pair)) table[pairAt(pair.charCodeAt(0), pair.charCodeAt(1))] = 1;
  return table;
}
const HEAD_START_PAIRS = asciiPairTable(HEAD_STARTS);
const HEAD_END_PAIRS = asciiPairTable(HEAD_ENDS);

/** The Latin letters below U+0250 (`é`, `Ç`), each by the one ASCII letter it folds to; -1: none or several, -2: not read yet. */
const FOLDED_LATIN = new Int16Array(0x250).fill(-2);

/** The ASCII letter the character `code` folds to (its case lowered), or -1 when it folds to none or to several. */
function foldedLetter(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0x250) return -1;
  let letter = FOLDED_LATIN[code] ?? -1;
  if (letter === -2) {
    const folded = fold(String.fromCharCode(code).toLowerCase());
    letter = /^[a-z]$/u.test(folded) ? folded.charCodeAt(0) : -1;
    FOLDED_LATIN[code] = letter;
  }
  return letter;
}

/**
 * `foldedMayBeHead`, answered from the word's two first and two last letters, each folded alone, in two tables: no
 * folded word is made nor looked up in `fold`'s kept answers. Folding and lowering go letter by letter, so a word whose
 * four end letters each fold to one ASCII letter has them as its folded form's ends; any other word is folded whole.
 */
export function mayBeHead(word: string): boolean {
  const end = word.length;
  const first = foldedLetter(word.charCodeAt(0));
  const second = foldedLetter(word.charCodeAt(1));
  const beforeLast = foldedLetter(word.charCodeAt(end - 2));
  const last = foldedLetter(word.charCodeAt(end - 1));
  if (first < 0 || second < 0 || beforeLast < 0 || last < 0) return foldedMayBeHead(word);
  return HEAD_START_PAIRS[pairAt(first, second)] === 1 || HEAD_END_PAIRS[pairAt(beforeLast, last)] === 1;
}

/** The confusions tried on a type word: the table's, and an `é` read as `ée` or `eé`. */
const HEAD_CONFUSIONS: readonly (readonly [read: string, printed: string])[] = [...LETTER_CONFUSIONS, ['ée', 'é'], ['eé', 'é']];

/** A hash of the letter codes `codes` reads (one step a letter): equal words, equal hashes. */
const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/**
 * The hash of every folded word that one confusion undone makes a folded head of: the head with the folded form of
 * what the confusion printed, at each place the head writes it, put back as what it read (`atellers` for `ateliers`).
 */
const DAMAGED_HEADS: ReadonlySet<number> = new Set(
  [...FOLDED_HEADS].flatMap((head) =>
    HEAD_CONFUSIONS.flatMap(([read, printed]) => {
      const [foldedRead, foldedPrinted] = [fold(read), fold(printed)];
      const damaged: number[] = [];
      for (let at = head.indexOf(foldedPrinted); at >= 0; at = head.indexOf(foldedPrinted, at + 1)) {
        const word = `${head.slice(0, at)}${foldedRead}${head.slice(at + foldedPrinted.length)}`;
        let hash = 0;
        for (let index = 0; index < word.length; index += 1) hash = hashStep(hash, word.charCodeAt(index));
        damaged.push(hash);
      }
      return damaged;
    }),
  ),
);

/** Per Latin code unit from U+0080 to U+024F: the ASCII letter it folds to when it lowers to one unit, else -1; -2: not read yet. */
const ONE_UNIT_LETTER = new Int16Array(0x250).fill(-2);

/** `foldedLetter`, -1 also for a unit that lowers to two (`İ`): folding keeps the places of a word's other letters. */
function oneUnitLetter(code: number): number {
  if (code < 0x80) return foldedLetter(code);
  if (code >= 0x250) return -1;
  let letter = ONE_UNIT_LETTER[code] ?? -1;
  if (letter === -2) {
    letter = String.fromCharCode(code).toLowerCase().length === 1 ? foldedLetter(code) : -1;
    ONE_UNIT_LETTER[code] = letter;
  }
  return letter;
}

/**
 * Whether one confusion undone may make an organisation head of `word`, read letter by letter: when every letter of
 * the word lowers to one and folds to one ASCII letter, the folded word is those letters, and it can be mended into a
 * head only if it is one of the heads so damaged (DAMAGED_HEADS, by hash: a word sharing a hash with one is read
 * further, never passed over). Any other word is answered by `mayBeHead`. Speed only: the words it passes over are
 * those `headRepairOf` answers null for, without their answers being looked up and kept.
 */
export function mayBecomeHead(word: string): boolean {
  let hash = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    // An ASCII letter (most of a page's) is lowered here, as `oneUnitLetter` would: no call for it.
    const letter = code >= 97 && code <= 122 ? code : code >= 65 && code <= 90 ? code + 32 : oneUnitLetter(code);
    if (letter < 0) return mayBeHead(word);
    hash = hashStep(hash, letter);
  }
  return DAMAGED_HEADS.has(hash);
}

/** A word in one case or capitalised, as `head-letter` reads them. */
const HEAD_SHAPE = /^(?:\p{Lu}?\p{Ll}{4,}|\p{Lu}{5,})$/u;
/** No digit or address mark right before a word (`start`) nor right after it (`end`); sticky, tested at an index. */
const NO_MARK_BEFORE = /(?<![\p{N}@_./-])/uy;
const NO_MARK_AFTER = /(?![\p{N}@_])/uy;

/** Whether the word run `start`..`end` of `text` is a word of its own, not part of an address, a code or a number. */
function standsAlone(text: string, start: number, end: number): boolean {
  NO_MARK_BEFORE.lastIndex = start;
  if (!NO_MARK_BEFORE.test(text)) return false;
  NO_MARK_AFTER.lastIndex = end;
  return NO_MARK_AFTER.test(text);
}

/** `read` replaced by `printed` at `at` in `word`, in the case it was read in. */
function undoAt(word: string, at: number, read: string, printed: string): string {
  const upper = word.charAt(at) !== word.charAt(at).toLowerCase();
  return spliced(word, at, read.length, upper ? printed.toUpperCase() : printed);
}

/** The first confusion whose undoing makes an organisation head of `word`, or null. */
const headRepairOf = memoised((word: string): { at: number; read: string; printed: string } | null => {
  const lower = word.toLowerCase();
  if (FOLDED_HEADS.has(fold(lower))) return null;
  for (const [read, printed] of HEAD_CONFUSIONS) {
    for (let at = lower.indexOf(read); at >= 0; at = lower.indexOf(read, at + 1)) {
      if (!FOLDED_HEADS.has(fold(undoAt(lower, at, read, printed)))) continue;
      // Only a word no lexicon holds: a real word or a name one letter from a head stays (looked up last, on the rare hit).
      return isCommonWord(word) || isNameWord(word) ? null : { at, read, printed };
    }
  }
  return null;
});

/**
 * `Assaciation`, `atellers`, `Réeseau`, `coliectivités`, `UNNON`: one OCR letter confusion in an
 * organisation type word, which `impossible-group` and `word-letter` leave where French spelling
 * allows the damaged form. The heads are a closed list, so every confusion of the table is tried
 * at every place of the word, and the word is mended only into a head (and only when it is no
 * word nor name of its own); the accents come back in the accent pass after.
 */
export const headLetter: OcrRepair = {
  name: 'head-letter',
  // Whole words, in one case or capitalised (four lower-case letters at least: only five or more can be mended into a
  // head), read from the word runs `impossible-group` scans (WORD_RUN: a word of this shape is one whole run); the
  // marks that make a word part of an address or a code are tested around the run, as a whole-page pattern's look-arounds
  // (`(?<![\p{L}\p{N}@_./-])…(?![\p{L}\p{N}@_])`) would, but only at words the cheap tests pass.
  pattern: WORD_RUN,
  edit: (match, text) => {
    if (!mayBecomeHead(match[0]) || !HEAD_SHAPE.test(match[0]) || !standsAlone(text, match.index, match.index + match[0].length)) return null;
    const repair = headRepairOf(match[0]);
    if (repair === null) return null;
    const word = match[0];
    const printed = undoAt(word, repair.at, repair.read, repair.printed).slice(repair.at, repair.at + repair.printed.length);
    return { start: match.index + repair.at, end: match.index + repair.at + repair.read.length, text: printed };
  },
};

/** A capitalised word, then spaces closing the text. */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u;
/** The same, the spaces maybe holding one line break (`Bruno⏎KOWALSKl`). */
const CAPITALISED_BEFORE_OVER_BREAK = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(?:[ \t]*\n[ \t]*|[ \t]+)$/u;

/**
 * Whether a given name stands right before `start`, after spaces (and one line break when `overBreak`): a surname
 * no lexicon holds may stand there (`Jean Laferme`, `Chloé Técher`).
 */
export function afterGivenName(text: string, start: number, overBreak = false): boolean {
  const given = (overBreak ? CAPITALISED_BEFORE_OVER_BREAK : CAPITALISED_BEFORE).exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return given !== undefined && isFirstName(given);
}

/** A capitalised word closing a hyphenated compound (`Saint-Claude`, `Sainte-Anne`), then spaces closing the text. */
const COMPOUND_END_BEFORE = /-\p{Lu}\p{Ll}+[ \t]+$/u;

/**
 * Whether a surname stands at `start` by its place: after a known given name (`afterGivenName`), or after one that is
 * as often a word or a place (`Claude`, `Anne`, lexicon/ambiguous-first-names.ts) but not closing a place's compound
 * (`Saint-Claude`, `Sainte-Anne`). A letter repair there makes the surname a known name or nothing: `Claude Fidre`
 * and `Paul Lumidre` stay, where a one-letter confusion would spell a common word (`fière`, `lumière`).
 */
export function afterPersonGivenName(text: string, start: number): boolean {
  if (afterGivenName(text, start)) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const given = CAPITALISED_BEFORE.exec(before)?.[1];
  return given !== undefined && isAmbiguousFirstName(given) && !COMPOUND_END_BEFORE.test(before);
}

/**
 * OCR repairs that keep figures and names readable (issue 15), part of the normaliser's table
 * (`OCR_REPAIRS`, ocr-repairs.ts) and held to the same rule: an edit only where the damaged form
 * is no word French writes and the repaired one is a dictionary word. The damage is that of real
 * French OCR (../shared/tools/ocr_noise.py): a letter misread in the noun after a number
 * (`39 pdles`, `6 fols`), a doubled apostrophe (`d’'euros`), a space read as `_` after a number,
 * `et` read as `ef`, a bullet misread inside a line, `é` read as `eé` or `L` as `lL` in a name, an
 * elided article glued to a number (`640 m3U'année`).
 */
import { COUNTED_NOUNS, MULTIPLIER_WORDS, UNIT_ABBREVIATIONS } from './lexicon/units.js';
import { isCommonWord } from './lexicon-lookup.js';
import { isAmbiguousFirstName, isFirstName, isKnownWord } from './names.js';
import { singularUnit } from './units.js';
import type { OcrRepair } from './ocr-repairs.js';
import { alternation, initialsAhead } from '../core/pattern.js';
import { memoised } from '../core/memo.js';
import { NUMBER_PARTS } from './lexicon/number-words.js';
import { GLUE_PREFIXES } from './lexicon/glue-prefixes.js';
import { GLUED_MONTH_CUES, MONTHS } from './lexicon/months.js';
import { OPENS_UPPER, ALL_LOWER, HOLDS_LETTER, HOLDS_UPPER, HOLDS_LOWER, ONE_INITIAL, letterRunStart, spliced } from '../core/word-shape.js';

/** The letters opening a text. */
const LETTER_RUN = /^\p{L}*/u;
/** The run of letters starting at `start`. */
function lettersFrom(text: string, start: number): string {
  return LETTER_RUN.exec(text.slice(start, start + 40))?.[0] ?? '';
}

/**
 * Letter confusions of OCR, as [read, printed]: `i` read as `l` or `n`, `ô` as `d` or `é`, `o` as
 * `a`, `t` as `f`, `l` as `i` or doubled, `q` as `g` or `qg`, `g` as the `fi` ligature, `ç` as `g`,
 * `é` doubled (`eé`, `ée`).
 */
const UNIT_CONFUSIONS: readonly (readonly [string, string])[] = [
  ['l', 'i'], ['n', 'i'], ['d', 'ô'], ['é', 'ô'], ['a', 'o'], ['f', 't'], ['i', 'l'], ['ll', 'l'], ['g', 'q'], ['qg', 'q'],
  ['fi', 'g'], ['g', 'ç'], ['eé', 'é'], ['ée', 'é'],
];

/** The confusions frequent enough to undo in a word that is itself a dictionary word (`fols`, an old adjective). */
const FREQUENT_CONFUSIONS: ReadonlySet<string> = new Set(['l', 'd', 'é', 'eé', 'ée']);

/** A counted noun (`fois`, `pôles` → `pôle`), plural or singular, accents as written. */
export const isCountedNoun = (word: string): boolean => COUNTED_NOUNS.has(singularUnit(word)) || COUNTED_NOUNS.has(word);

/** One confusion undone in a word: at `at`, `read` was printed `printed`. */
interface Undoing {
  readonly at: number;
  readonly read: string;
  readonly printed: string;
}

/** The first confusion of `confusions` whose undoing in `word` makes a word `accepts` takes, or null. */
function firstUndoing(word: string, confusions: readonly (readonly [string, string])[], accepts: (repaired: string) => boolean): Undoing | null {
  for (const [read, printed] of confusions) {
    for (let at = word.indexOf(read); at >= 0; at = word.indexOf(read, at + 1)) {
      if (accepts(spliced(word, at, read.length, printed))) return { at, read, printed };
    }
  }
  return null;
}

const FREQUENT_UNIT_CONFUSIONS = UNIT_CONFUSIONS.filter(([read]) => FREQUENT_CONFUSIONS.has(read));

/**
 * The word with one confusion undone that the repair accepts: a counted noun where the damaged
 * word is none (`fols` → `fois`: `fols` is an old adjective, but no count), or a dictionary word
 * where the damaged one is no word (`pdles` → `pôles`, `partenanres` → `partenaires`). A counted
 * noun is looked for first over every confusion: after a number it is the likelier reading, and
 * the dictionary (a Bloom filter) takes a few damaged spellings (`béenévoles` read with `ô` for its
 * first `é`) that an earlier confusion of the table would otherwise make.
 */
// Kept by word (the answer depends on the word alone): the nouns after numbers repeat over a
// page, and each answer tries every confusion at every place of the word against the lexicons.
const undoneUnit = memoised(undoneUnitOf);
function undoneUnitOf(word: string): Undoing | null {
  // `12 févr. 2025`: a month's name or abbreviation after a day is the date's month, no damaged noun.
  if (isCountedNoun(word) || isMonthName(word)) return null;
  if (isCommonWord(word)) return firstUndoing(word, FREQUENT_UNIT_CONFUSIONS, isCountedNoun);
  return firstUndoing(word, UNIT_CONFUSIONS, isCountedNoun) ?? firstUndoing(word, UNIT_CONFUSIONS, isCommonWord);
}

/**
 * Whether the word starting at `start` is the noun after a number and `unit-letter` reads a
 * counted noun in it (`39 péles` → `pôles`): other repairs leave that word to it (`acute-for-grave`
 * would read `pèles`, a dictionary word too).
 */
export function isMisreadCountedUnit(text: string, start: number): boolean {
  if (!NUMBER_ENDS.test(text.slice(Math.max(0, start - 16), start))) return false;
  const word = lettersFrom(text, start).toLowerCase();
  const undone = word.length >= 4 ? undoneUnit(word) : null;
  return undone !== null && isCountedNoun(undoneWord(word, undone));
}

/** `word` with the confusion `undoneUnit` found undone. */
const undoneWord = (word: string, undone: Undoing): string => spliced(word, undone.at, undone.read.length, undone.printed);

/** Number words but `un`/`une` (articles far more often than counts), the first letter either case. */
const COUNT_WORDS = Object.keys(NUMBER_PARTS).filter((word) => !word.startsWith('un'));
/** A digit, or a number word standing alone (the ASCII look-behind drops matches inside words). */
const NUMBER_BEFORE = `(?:\\d|${initialsAhead(COUNT_WORDS)}(?<![a-zA-Z])${alternation(COUNT_WORDS.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]))})`;

/** A number and the spaces after it, ending a text (`39 `, `trois `). */
const NUMBER_ENDS = new RegExp(`(?:${NUMBER_BEFORE})(?:[ \\t]+|[ \\t]*\\n[ \\t]*)$`, 'u');

/** Short words OCR glues to the end of the noun after a number (`150 candidaturesen un mois`). */
const TRAILING_WORDS = ['en', 'et', 'de', 'du', 'des', 'la', 'le', 'les', 'au', 'aux', 'par', 'sur', 'pour', 'dans', 'dont'];

/** The counted noun a glued short word follows (`candidatures` of `candidaturesen`), or undefined. */
function gluedHead(word: string): string | undefined {
  const head = keptGluedHead(word);
  return head === '' ? undefined : head;
}
/** `gluedHead` kept by word, `''` for none (a head has four letters or more). */
const keptGluedHead = memoised((word: string): string => {
  if (word.length < 5 || isCountedNoun(word) || isCommonWord(word)) return '';
  for (const tail of TRAILING_WORDS) {
    const head = word.slice(0, -tail.length);
    if (word.endsWith(tail) && head.length >= 4 && isCountedNoun(head)) return head;
  }
  return '';
});

/** A word in lower case, or capitalised. */
const NOUN_SHAPE = /^\p{L}\p{Ll}+$/u;
/**
 * `39 pdles`, `6 fols`, `quatre partenanres`, `35 bénévoies`: one OCR letter confusion in the
 * lower-case word after a number, the noun a figure counts. Undone when it makes a counted noun,
 * or a dictionary word of a word that is none. Words of three letters or less are left
 * (`ha`, `km`: units written short).
 */
export const unitLetter: OcrRepair = {
  name: 'unit-letter',
  pattern: new RegExp(`${NUMBER_BEFORE}(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?=\\p{L}\\p{Ll}{3})`, 'gu'),
  edit: (match, text) => {
    const start = match.index + match[0].length;
    const written = lettersFrom(text, start);
    // A capitalised noun (`15 Péles territoriaux`) is read in lower case, its capital kept.
    const word = written.toLowerCase();
    // A noun with a short word glued to it is `unit-glued-word`'s (`candidaturesen`).
    if (!NOUN_SHAPE.test(written) || /[\p{N}'’_@-]/u.test(text.charAt(start + word.length)) || gluedHead(word) !== undefined) return null;
    const undone = undoneUnit(word);
    // A capitalised word may be a name (`2 Roubaix`): only a counted noun is read in it.
    if (undone === null || (written !== word && !isCountedNoun(undoneWord(word, undone)))) return null;
    const printed = undone.at === 0 && written !== word ? undone.printed.toUpperCase() : undone.printed;
    return { start: start + undone.at, end: start + undone.at + undone.read.length, text: printed };
  },
};

/** Whether two apostrophes follow `from` on its line, after a word: the pair before `from` opened a quotation. */
function closesQuotation(text: string, from: number): boolean {
  const lineEnd = text.indexOf('\n', from);
  return /\p{L}['’‘]{2}/u.test(text.slice(from, lineEnd === -1 ? text.length : lineEnd));
}

/**
 * `d’'euros`, `l'’équipe`: an apostrophe read twice after an elided letter (the second goes); an
 * `l` read as `I`, `U` or a bar before it (`I’'Essonne`) is put back too, which `i-for-l` cannot
 * see behind the doubled mark. At a word's start (`de ''ESS`) the first mark is the elided `l`
 * itself, unless the pair opens a quotation (`closesQuotation`).
 */

export const doubledApostrophe: OcrRepair = {
  name: 'doubled-apostrophe',
  pattern: /['’‘]['’‘](?=\p{L})/gu,
  edit: (match, text) => {
    const letter = text.charAt(match.index - 1);
    // ` ''ESS`, ` ’'Hérault`: at a word's start the first mark is the elision's `l`, read as an apostrophe;
    // unless the marks open a quotation (`''Demain''`), closed by two more before the line ends.
    if (match.index === 0 || /[\s(«"]/u.test(letter)) return closesQuotation(text, match.index + 2) ? null : { start: match.index, end: match.index + 1, text: 'l' };
    if (!/\p{L}|\|/u.test(letter)) return null;
    const alone = !/[\p{L}\p{N}]/u.test(text.charAt(match.index - 2));
    if (alone && /[IU|]/u.test(letter)) return { start: match.index - 1, end: match.index + 2, text: `l${match[0].charAt(0)}` };
    return { start: match.index + 1, end: match.index + 2, text: '' };
  },
};

/** `2,75_millions`, `40_salariés`: a space read as `_` after a number (never in a file name or a code). */
export const numberUnderscore: OcrRepair = {
  name: 'number-underscore',
  pattern: /_(?<=\d_)(?=\p{L}{2})/gu,
  edit: (match, text) => {
    let start = match.index;
    while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start -= 1;
    let end = match.index + 1;
    while (end < text.length && !/\s/u.test(text.charAt(end))) end += 1;
    const token = text.slice(start, end);
    // A number standing alone before it (`2,75`), not the digits of a name or a path (`photo_12_mai.jpg`).
    const word = /^[\d.,]+_(\p{L}+)[.,;:)]?$/u.exec(token)?.[1];
    if (word === undefined || word.length < 3 || !isCommonWord(word)) return null;
    return { start: match.index, end: match.index + 1, text: ' ' };
  },
};

/**
 * `50 ef 200`, `les salariés ef les bénévoles`: the conjunction `et` with its `t` read as `f`.
 * `ef` alone between two lower-case words or numbers is no French word (the dictionary holds it
 * only as a letter's name).
 */
export const fForT: OcrRepair = {
  name: 'f-for-t',
  pattern: /ef(?<=[\p{Ll}\p{N}][ \t]+ef)(?=[ \t\n]+[\p{Ll}\p{N}])/gu,
  edit: (match) => ({ start: match.index + 1, end: match.index + 2, text: 't' }),
};

/**
 * `14 → 19 v" Taux`, `910 k€ v’ Emplois`: a list bullet read as `v` with a quote, inside a line
 * (the text layer puts an item's bullet after the item before), before a capital. The bullet is
 * put back, so indicator items still end at it.
 */
export const inlineBullet: OcrRepair = {
  name: 'inline-bullet',
  pattern: /v['"](?<=[^\s][ \t]+v['"])(?=[ \t]+\p{Lu})/gu,
  edit: (match) => ({ start: match.index, end: match.index + match[0].length, text: '•' }),
};

/**
 * `Gardeéry`, `Deélphine`, `Guéegan`: `é` read as `eé` or `ée` (inside the word) in a capitalised
 * word no dictionary holds (a surname). French never writes a plain `e` before `é`, and after it
 * only before `s` or `n` (`Pyrénées`, `européenne`); the `e` goes when the word is no common word, place or name as written.
 */
export const nameDoubledAcute: OcrRepair = {
  name: 'name-doubled-acute',
  pattern: /e(?=é)(?<=\p{Lu}\p{Ll}*e)|e(?<=\p{Lu}\p{Ll}*ée)(?=[bcdfghjklmpqrtvwxz])/gu,
  edit: (match, text) => {
    const start = letterRunStart(text, match.index);
    const word = text.slice(start, match.index) + lettersFrom(text, match.index);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isKnownWord(word)) return null;
    return { start: match.index, end: match.index + 1, text: '' };
  },
};

/**
 * `640 m3U'année`, `en 2023l'équipe`, `12 m²d'espace`: an elided article glued to the number or
 * unit before it, its `l` read as `U`, `I` or a bar now and then. A space goes in (and the `l`
 * back) when the word after is a dictionary word.
 */
export const numberElision: OcrRepair = {
  name: 'number-elision',
  pattern: /[lLdDUI|](?<=[\d²³][lLdDUI|])'(?=\p{L}{3})/gu,
  edit: (match, text) => {
    const word = lettersFrom(text, match.index + 2);
    if (!isCommonWord(word)) return null;
    const letter = /[dD]/u.test(match[0].charAt(0)) ? 'd' : 'l';
    return { start: match.index, end: match.index + 1, text: ` ${letter}` };
  },
};

/**
 * `DORVIlLLE`, `lLEBRUN`: a capital `L` read as `lL` in a name in capitals. The `l` goes when the
 * rest is in capitals (`lLaval`, a capitalised word, is `doubled-capital`'s).
 */
export const doubledL: OcrRepair = {
  name: 'doubled-l',
  pattern: /l(?=L)/gu,
  edit: (match, text) => {
    const start = letterRunStart(text, match.index);
    const word = text.slice(start, match.index) + lettersFrom(text, match.index);
    const kept = text.slice(start, match.index) + lettersFrom(text, match.index + 1);
    if (isCommonWord(word) || !/^\p{Lu}{3,}$/u.test(kept)) return null;
    return { start: match.index, end: match.index + 1, text: '' };
  },
};

/**
 * `120 kKWc`, `3 000 kKWh`, `40 hHab`: a scan reads the first letter of a unit twice, the second
 * time as a capital. The capital goes when what is left is a unit abbreviation.
 */
export const unitDoubledCapital: OcrRepair = {
  name: 'unit-doubled-capital',
  // Anchored on the digit: a pattern opening on a lower-case letter is tried at most letters of a page.
  pattern: /\d[ \t]?\p{Ll}(?=\p{Lu})/gu,
  edit: (match, text) => {
    const at = match.index + match[0].length - 1;
    const letter = text.charAt(at);
    if (text.charAt(at + 1) !== letter.toUpperCase()) return null;
    const rest = lettersFrom(text, at + 2);
    return UNIT_ABBREVIATIONS.has(`${letter}${rest}`.toLowerCase()) ? { start: at + 1, end: at + 2, text: '' } : null;
  },
};

/**
 * `Péqguignot`, `Alllard`, `MARTlN`: letter groups French never writes, in a capitalised word or
 * one in capitals (a name no dictionary holds): `qg` (a `q` read twice), `lll` (an `l` read
 * twice). The extra letter goes.
 */
export const nameImpossibleGroup: OcrRepair = {
  name: 'name-impossible-group',
  pattern: /qg|lll|QG(?=\p{Lu})/gu,
  edit: (match, text) => {
    const start = letterRunStart(text, match.index);
    if (start === match.index || !HOLDS_UPPER.test(text.charAt(start))) return null;
    return { start: match.index + 1, end: match.index + 2, text: '' };
  },
};

/** Multipliers and counted nouns in the plural and singular: what a figure's split word may be. */
const isFigureWord = (word: string): boolean => singularUnit(word) in MULTIPLIER_WORDS || isCountedNoun(word);

/**
 * `3,35 mil- lions`, `40 bénéfi- ciaires`: a word split at a line end that the text layer joined
 * with a space. Joined when the whole is a multiplier or a counted noun, even where both halves
 * are words (`mil`, `lions`), which `split-word` leaves.
 */
export const splitFigureWord: OcrRepair = {
  name: 'split-figure-word',
  pattern: /- (?=\p{Ll}{2})/gu,
  edit: (match, text) => {
    let start = match.index;
    while (start > 0 && HOLDS_LOWER.test(text.charAt(start - 1))) start -= 1;
    const left = text.slice(start, match.index);
    const right = lettersFrom(text, match.index + 2);
    if (left.length < 2 || !/[\s\d]/u.test(text.charAt(start - 1)) || !ALL_LOWER.test(right)) return null;
    return isFigureWord(left + right) ? { start: match.index, end: match.index + 2, text: '' } : null;
  },
};


/**
 * `150 candidaturesen un mois`, `12 salariéset 4 bénévoles`: a short word glued to the end of the
 * noun after a number. Split when the head is a counted noun and the glued form no word.
 */
export const unitGluedWord: OcrRepair = {
  name: 'unit-glued-word',
  pattern: /\d(?:[ \t]+|[ \t]*\n[ \t]*)(?=\p{Ll}{5})/gu,
  edit: (match, text) => {
    const start = match.index + match[0].length;
    const head = gluedHead(lettersFrom(text, start));
    return head === undefined ? null : { start: start + head.length, end: start + head.length, text: ' ' };
  },
};

/**
 * `Claude Garn.ier`, `Anne Mar.chand`, `N. Pi.riou`: a dot read inside a surname (after a given name or an initial), which
 * `dot-in-word` leaves as it joins only into dictionary words. The dot goes when the given name
 * is known and the right part ends the word (no address, no abbreviation).
 */
/** Last parts of addresses: a dot before one is no OCR damage. */
const ADDRESS_ENDINGS: ReadonlySet<string> = new Set(['fr', 'org', 'com', 'net', 'eu', 'info', 'asso', 'coop', 'gouv', 'html', 'pdf']);

// The tests of `name-dot`, compiled once (core/word-shape.ts says why).
const ADDRESS_OR_NUMBER_CHAR = /[\p{N}@/._-]/u;
const GIVEN_AND_PART_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+|\p{Lu}\.)[ \t]+(\p{Lu}\p{Ll}+)$/u;

export const nameDot: OcrRepair = {
  name: 'name-dot',
  pattern: /\.(?<=\p{Lu}\p{Ll}+\.)(?=\p{Ll}{2})/gu,
  edit: (match, text) => {
    const right = lettersFrom(text, match.index + 1);
    const after = text.charAt(match.index + 1 + right.length);
    if (ADDRESS_OR_NUMBER_CHAR.test(after) || ADDRESS_ENDINGS.has(right)) return null;
    const before = GIVEN_AND_PART_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index));
    const given = before?.[1] ?? '';
    const initial = ONE_INITIAL.test(given);
    if (!(initial || isFirstName(given) || isAmbiguousFirstName(given)) || isCommonWord(`${before?.[2] ?? ''}${right}`)) return null;
    return { start: match.index, end: match.index + 1, text: '' };
  },
};

/** Short words OCR glues to a number after them (`de2014`, `fin2019`, `soit12`); longer ones must be dictionary words. */
const SHORT_BEFORE_NUMBER: ReadonlySet<string> = new Set([...GLUE_PREFIXES, 'à', 'a', 'fin', 'mi', 'dès', 'soit', 'dont', 'plus', 'près', 'sur', 'vers']);
const isMonthName = (word: string): boolean => Object.hasOwn(MONTHS, word);
/** A word that introduces a number (`sur`, `soit`, `dont`, `fin`), never one a footnote call ends. */
export const introducesNumber = (word: string): boolean => SHORT_BEFORE_NUMBER.has(word.toLowerCase());

/** The word glued before a number when it is one to part from it, else ''. */
export function wordGluedBefore(text: string, digit: number): string {
  const start = letterRunStart(text, digit);
  const word = text.slice(start, digit);
  const lower = word.toLowerCase();
  if (!/^\p{Lu}?\p{Ll}+$/u.test(word) || /[\p{N}@/._'’-]/u.test(text.charAt(start - 1))) return '';
  const known = lower.length <= 3 ? SHORT_BEFORE_NUMBER.has(lower) : isMonthName(lower) || isCommonWord(lower);
  return known ? word : '';
}

/**
 * `relation640 bénévoles`, `de2014`, `14 novembre2024`, `du22/10/2024`, `emploie25salariés`: a word
 * glued to the number after it. Split when the word is a dictionary word (a month, or one of the
 * short words OCR glues) and the number is no part of an address or a code (`contact2024@`,
 * `www.site2020.fr`, `mp3`).
 */
export const wordGluedNumber: OcrRepair = {
  name: 'word-glued-number',
  pattern: /\d(?<=\p{Ll}\d)/gu,
  edit: (match, text) => {
    const tail = /^\d+(?:[.,/]\d+)*(?<after>.?)(?<next>.?)/su.exec(text.slice(match.index, match.index + 24));
    const after = tail?.groups?.['after'] ?? '';
    if (/[@_/]/u.test(after) || (after === '.' && HOLDS_LETTER.test(tail?.groups?.['next'] ?? ''))) return null;
    // A number that ends its paragraph (`par1⏎⏎publicité`) counts nothing: a footnote call or a page number.
    // A year there is still a date (`novembre2024⏎⏎`).
    if (/^(?!(?:19|20)\d{2}\b)\d+(?:[.,/]\d+)*[ \t]*(?:\n[ \t]*\n|$)/u.test(text.slice(match.index, match.index + 24))) return null;
    return wordGluedBefore(text, match.index) === '' ? null : { start: match.index, end: match.index, text: ' ' };
  },
};

/**
 * `tonnesd'objets`, `projetsl'an`: an elided article glued to the dictionary word before it (the
 * noun after a number, most often). Split when the host is a word and the host with the letter is
 * none (`aujourd'hui`, `prud'hommes` stay).
 */
export const wordGluedElision: OcrRepair = {
  name: 'word-glued-elision',
  pattern: /['’](?<=\p{Ll}{3}[dl]['’])(?=\p{L})/gu,
  edit: (match, text) => {
    const start = letterRunStart(text, match.index);
    const word = text.slice(start, match.index);
    const host = word.slice(0, -1);
    if (!ALL_LOWER.test(word) || /[\p{N}'’_@/.-]/u.test(text.charAt(start - 1)) || isCommonWord(word) || !isCommonWord(host)) return null;
    return { start: match.index - 1, end: match.index - 1, text: ' ' };
  },
};

/** Letter confusions of OCR (../shared/tools/ocr_noise.py) undone in a month's name: [printed, read]. */
const MONTH_CONFUSIONS: readonly (readonly [string, string])[] = [['t', 'f'], ['i', 'l'], ['i', 'n'], ['l', 'i'], ['l', 'll'], ['o', 'a'], ['é', 'ée'], ['é', 'eé']];
const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Every month name with one confusion made, mapped to the name (`sepfembre` → `septembre`). */
function misreadMonths(): Map<string, string> {
  const variants = new Map<string, string>();
  for (const month of MONTH_NAMES) {
    for (const [printed, read] of MONTH_CONFUSIONS) {
      for (let at = month.indexOf(printed); at >= 0; at = month.indexOf(printed, at + 1)) {
        const variant = spliced(month, at, printed.length, read);
        if (!isCommonWord(variant) && !isMonthName(variant)) variants.set(variant, month);
      }
    }
  }
  return variants;
}
const MISREAD_MONTHS = misreadMonths();
// The names themselves first, the word start looked behind from their end (back over the name
// read): the engine skips the positions no name starts at, and runs the look-behind only there.
const MISREAD_MONTH = new RegExp(
  `(?<month>${alternation([...MISREAD_MONTHS.keys()])})(?<=(?<![a-zA-Z0-9])(?<![\\p{L}\\p{N}])\\k<month>)(?![\\p{L}])`,
  'giu',
);

/** `sepfembre`, `navembre`, `janvler`: a month's name with one letter misread. */
export const monthLetter: OcrRepair = {
  name: 'month-letter',
  pattern: MISREAD_MONTH,
  edit: (match) => {
    const month = MISREAD_MONTHS.get(match[0].toLowerCase());
    if (month === undefined) return null;
    const text = OPENS_UPPER.test(match[0]) ? month.charAt(0).toUpperCase() + month.slice(1) : month;
    return { start: match.index, end: match.index + match[0].length, text };
  },
};

/** Month names written out (no abbreviation: `ensept` may be `en sept`, seven), accented or not. */
const FULL_MONTH_NAMES = [...MONTH_NAMES, 'fevrier', 'août', 'aout', 'decembre'];
// The cue first, the word start looked behind from the month's end (as MISREAD_MONTH does).
const CUE_GLUED_MONTH = new RegExp(
  `(?<cue>${alternation(GLUED_MONTH_CUES)})(?<month>${alternation(FULL_MONTH_NAMES)})(?<=(?<![\\p{L}\\p{N}])\\k<cue>\\k<month>)(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * `Enseptembre, les candidats…`, `tenue finoctobre à Rouen`: a date's cue glued to the month after
 * it (a space lost after a short word). `glued-word` splits a lower-case `en` only; a capitalised
 * one opens many names (`Dupont`, `Lemaire`), so only a month after it is split off here.
 */
export const cueGluedMonth: OcrRepair = {
  name: 'cue-glued-month',
  pattern: CUE_GLUED_MONTH,
  edit: (match, text) => {
    const cue = match.groups?.['cue'] ?? '';
    // A part of an address or a code (`www.finjuin.fr`, `@enmai`) is no sentence.
    if (/[./@_'’-]/u.test(text.charAt(match.index - 1))) return null;
    if (!/^\p{Lu}?\p{Ll}+$/u.test(match[0]) || isCommonWord(match[0].toLowerCase())) return null;
    const at = match.index + cue.length;
    return { start: at, end: at, text: ' ' };
  },
};

/** A known given name (the last part of a hyphenated one) right before `end`, across one line break. */
const GIVEN_BEFORE = /(?:^|[^\p{L}])(?<given>\p{Lu}\p{Ll}+)[ \t]*\n?[ \t]*$/u;

/**
 * `Hélène Barthé- lemy`, `Jean-Philippe SAUL- NIER-ARRIGHI`: a surname split by a hyphen and a
 * space inside a line (OCR's hyphenation), after a known given name. Joined when both parts share
 * the case of a surname (capitalised then lower case, or all capitals).
 */
export const nameSplit: OcrRepair = {
  name: 'name-split',
  pattern: /-(?<=\p{L}-)[ \t]+(?=\p{L}{2})/gu,
  edit: (match, text) => {
    const start = letterRunStart(text, match.index);
    const left = text.slice(start, match.index);
    const right = lettersFrom(text, match.index + match[0].length);
    const capitals = /^\p{Lu}{2,}$/u.test(left) && /^\p{Lu}{2,}$/u.test(right);
    // `Jean- pierre`: a given name's parts keep their hyphen.
    // `Martin- et`: a lower-case word after the dash goes on the sentence (`SAUL- NIER` is in capitals: a name's).
    const capitalised = /^\p{Lu}\p{Ll}+$/u.test(left) && ALL_LOWER.test(right) && !isFirstName(left) && !isCommonWord(right);
    if (!(capitals || capitalised)) return null;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.groups?.['given'] ?? '';
    if (!isFirstName(given)) return null;
    // The dash and space go; the second part is rewritten as itself so that no other repair cuts
    // it (`lemy` read as `le my`) while its offsets map one to one.
    const rightStart = match.index + match[0].length;
    return [{ start: match.index, end: rightStart, text: '' }, { start: rightStart, end: rightStart + right.length, text: right }];
  },
};

/** The repairs of this file, in the order their edits win over later ones. */
export const FIGURE_REPAIRS: readonly OcrRepair[] = [
  unitLetter, doubledApostrophe, numberUnderscore, fForT, inlineBullet, nameDoubledAcute, numberElision, doubledL, unitDoubledCapital,
  nameImpossibleGroup, splitFigureWord, unitGluedWord, nameDot, wordGluedNumber, wordGluedElision, monthLetter, cueGluedMonth, nameSplit,
];

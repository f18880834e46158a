/**
 * French text normalisation with an exact offset map back to the original: ligatures, quotes,
 * non-breaking spaces, end-of-line hyphenation and frequent OCR confusions. Extraction runs on
 * the normalised text; spans are mapped back so they highlight what the reader sees.
 */
import { allMatches } from '../core/word-scan.js';
import { applyEdits, composeMaps, keepsOffsets, replaceInPlace } from '../core/edit-map.js';
import type { TextEdit } from '../core/edit-map.js';
import { COMPOUND_PREFIXES, COMPOUND_SUFFIXES } from './lexicon/compounds.js';
import { lineStartOf } from './patterns.js';
import { ocrRepairEdits } from './ocr-repairs.js';
import { accentEdits } from './ocr-repairs-accents.js';
import { softWrapEdits } from './soft-wraps.js';
import { OPENS_UPPER, ALL_UPPER } from '../core/word-shape.js';

/** Normalised text plus the way back to the original offsets. */
export interface NormalisedText {
  readonly text: string;
  /** Maps an offset in `text` to the matching offset in the original text. */
  toOriginal(offset: number): number;
}

const CHARACTERS: Readonly<Record<string, string>> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u00B4': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u2007': ' ', '\u00AD': '', '\u2010': '-', '\u2011': '-',
  '\r': '',
};
const CHARACTER_PATTERN = /[\uFB00-\uFB06\u2019\u2018\u02BC\u00B4\u201C\u201D\u201E\u00A0\u202F\u2009\u2007\u00AD\u2010\u2011\r]/g;

function characterEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of allMatches(CHARACTER_PATTERN, text)) {
    edits.push({ start: match.index, end: match.index + 1, text: CHARACTERS[match[0]] ?? match[0] });
  }
  return edits;
}

/** Lower-case links inside hyphenated place names (`Hauts-de-France`, `Montigny-en-Gohelle`). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'en', 'sur', 'sous', 'lès', 'lez', 'aux', 'au']);
/**
 * Anchored on the dash: a pattern starting with the left word (`\p{L}+-`) is tried at every
 * letter of the page and cost more than the rest of the normaliser together. The letter before
 * the dash is looked behind from the dash, so the engine only stops at dashes.
 */
const HYPHEN_BREAK = /-(?<=\p{L}-)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?<right>\p{L}+)/gu;
const LEFT_WORD = /\p{L}+$/u;
/** How far back the word before a line-end dash is read (longer words are cut, harmlessly). */
const LEFT_REACH = 64;

/**
 * `exper-\ntise` → `expertise`, but `Hénin-\nCarvin` → `Hénin-Carvin` and `tiers-\nlieu` →
 * `tiers-lieu`: a capital after the break, or a known compound, keeps the hyphen. OCR writes a
 * blank line where it sees a gap between blocks, also after a line-end hyphen (`Jean-⏎⏎Michel`,
 * `visio-⏎⏎conférence`): one blank line after the dash is read as the same break.
 */
function hyphenEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!text.includes('\n')) return edits;
  for (const match of allMatches(HYPHEN_BREAK, text)) {
    const breakStart = match.index;
    const left = LEFT_WORD.exec(text.slice(Math.max(0, breakStart - LEFT_REACH), breakStart))?.[0] ?? '';
    const right = match.groups?.['right'] ?? '';
    const breakEnd = match.index + match[0].length - right.length;
    const after = text.charAt(match.index + match[0].length);
    const lineStart = lineStartOf(text, breakStart);
    const inAddress = /(?:\/\/|www\.|@)\S*$/u.test(text.slice(lineStart, breakStart));
    const keepHyphen =
      inAddress ||
      OPENS_UPPER.test(right) ||
      after === '-' ||
      (OPENS_UPPER.test(left) && PLACE_LINKS.has(right)) ||
      COMPOUND_PREFIXES.has(left.toLowerCase()) ||
      COMPOUND_SUFFIXES.has(right.toLowerCase()) ||
      ALL_UPPER.test(left);
    edits.push({ start: breakStart, end: breakEnd, text: keepHyphen ? '-' : '' });
  }
  return edits;
}

/**
 * OCR reads the apostrophe of `l'` as `U` or drops the `l`: `Uintervention`, `lUimpulsion`,
 * `'APES`. French words do not start with `U` + vowel, so the repair is safe.
 */
// Anchored on the `U` (rare), the word start looked behind from it: before the article letter
// when there is one, else before the `U` (a letter before the `U` is then the article).
const OCR_ELISION = /U(?=[aeiouyhéèêàâîôû]\p{Ll})(?<=(?:(?<![a-z])(?<![\p{L}\p{N}'])[lLdD]|(?<![a-z])(?<![\p{L}\p{N}']))U)/gu;
const ELIDED_LETTER = /^[lLdD]$/u;
const DROPPED_L = /'(?<=[\s(]')(?=\p{Lu}{2})/gu;
/** A table rule read as `|` glued to a capital `I` (`|RIAE` for `IRIAE`). */
const BAR_FOR_I = /\|(?<=\s\|)(?=\p{Lu}{3,})/gu;
/** A stray `a` for `à` before a time (`a 8h30`) or in `a partir de`, where the verb cannot be. */
const STRAY_A = /a(?<=\sa)(?=\s+(?:\d{1,2}\s?h|partir\s+d))/gu;
/**
 * A line holding nothing but one or two marks (`;`, `|`, `.`, `_`…): OCR reading a table rule, a
 * slide's decoration or a speck between the lines of a cell. Deleted with its line break, so the
 * lines around it read as they would without it. Not `?`, `!`, quotes, dashes, bullets or digits,
 * which a wrapped line may hold alone.
 */
const MARK_LINE = /^[ \t]*[;|.,:_~^°*=+<>/\\`][;|.,:_~^°*=+<>/\\`]?[ \t]*\n/gmu;
/**
 * A table rule read as `|` at a line's end or start, apart from its words (`Ateliers |`, `| LUNEL (34)`),
 * the only bar of its line: bars between a line's cells (`Emplois | 610 | 684`) separate them.
 */
const EDGE_BAR = /(?<=\S)[ \t]+\|[ \t]*$|^[ \t]*\|[ \t]+(?=\S)/gmu;

/** Whether the line around `offset` holds one `|` only. */
function onlyBarOfLine(text: string, offset: number): boolean {
  const end = text.indexOf('\n', offset);
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? text.length : end);
  return line.indexOf('|') === line.lastIndexOf('|');
}

// Each pattern starts with its literal (or a look-ahead of its first letters), the look-behind
// after it: a leading look-behind is run at every position of the page. `(?<![a-z])` before a
// letter-class look-behind fails first inside words, where the class would fail too.
function ocrEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of allMatches(OCR_ELISION, text)) {
    const before = text.charAt(match.index - 1);
    const article = ELIDED_LETTER.test(before) ? before : '';
    const letter = article === '' ? 'l' : article;
    edits.push({ start: match.index - article.length, end: match.index + 1, text: `${letter}'` });
  }
  for (const match of allMatches(DROPPED_L, text)) edits.push({ start: match.index, end: match.index + 1, text: "l'" });
  for (const match of allMatches(BAR_FOR_I, text)) edits.push({ start: match.index, end: match.index + 1, text: 'I' });
  for (const match of allMatches(STRAY_A, text)) edits.push({ start: match.index, end: match.index + 1, text: 'à' });
  for (const match of allMatches(MARK_LINE, text)) edits.push({ start: match.index, end: match.index + match[0].length, text: '' });
  // Every match holds a `|`: a page without one (most) is not scanned (the pattern's leading look-behind runs at every place).
  const bars = text.includes('|') ? allMatches(EDGE_BAR, text) : [];
  for (const match of bars) {
    if (!onlyBarOfLine(text, match.index)) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, text: '' });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * Normalises `original`, keeping a map from every normalised offset to its original offset.
 * The result depends on `original` only. Within one `extractDocument` call each page is
 * normalised once (page-reading.ts) and the result passed on.
 */
export function normaliseText(original: string): NormalisedText {
  let text = original;
  let map: Int32Array | null = null;
  for (const pass of [characterEdits, hyphenEdits, ocrEdits, ocrRepairEdits, accentEdits, softWrapEdits]) {
    const edits = pass(text);
    if (edits.length === 0) continue;
    // Letter-for-letter passes (quotes, accents) keep every offset: the map stays as it is.
    if (keepsOffsets(edits)) {
      text = replaceInPlace(text, edits);
      continue;
    }
    const result = applyEdits(text, edits);
    map = map === null ? result.map : composeMaps(map, result.map);
    text = result.text;
  }
  const finalMap = map;
  return {
    text,
    toOriginal: (offset) => (finalMap === null ? offset : (finalMap[Math.max(0, Math.min(offset, finalMap.length - 1))] ?? original.length)),
  };
}

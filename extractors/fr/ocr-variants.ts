/**
 * One spelling per document for names OCR damaged in some of their occurrences: a person or an
 * organisation whose value differs from another value of the same type in the document by one OCR
 * letter confusion (`Lucie Parmentler` beside `Lucie Parmentier`, `Coop TFRRA` beside `Coop TERRA`) takes
 * that value, so a name read twice is one name, spelled as the page prints it elsewhere.
 *
 * The confusions are those of real French OCR (../shared/tools/ocr_noise.py, and tesseract's `F`
 * for `E`, `1` for `I`), compared accents and case aside, each in the direction OCR makes it (an
 * `i` read as `l`, never the reverse). Only a word no lexicon knows is respelled: two real names one
 * letter apart (`Marion` and `Marlon`, `Lina` and `Line`) stay two names.
 */
import { fold } from '../core/pattern.js';
import type { Mention } from '../core/types.js';
import { isCommonWord } from './lexicon-lookup.js';
import { isNameWord } from './names.js';

/** (read, printed) on folded text: what OCR wrote where the print had the other. */
const CONFUSIONS: readonly (readonly [string, string])[] = [
  ['l', 'i'], ['n', 'i'], ['1', 'i'], ['d', 'o'], ['g', 'c'], ['fi', 'g'], ['qg', 'q'], ['f', 'e'], ['ll', 'l'], ['rn', 'm'],
];
/** More distinct names than this in one document: the pairwise reading is skipped (a directory, not prose). */
const MOST_VALUES = 400;
const TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);

/** A folded word any lexicon knows; names are looked up capitalised, as the name lexicons hold them. */
function knownWord(word: string): boolean {
  const capitalised = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return isCommonWord(word) || isNameWord(capitalised);
}

/** The word of `folded` around `at`. */
function wordAt(folded: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}]/u.test(folded.charAt(start - 1))) start -= 1;
  let end = at;
  while (end < folded.length && /[\p{L}\p{N}]/u.test(folded.charAt(end))) end += 1;
  return folded.slice(start, end);
}

/** The value `folded` stands for after undoing one confusion, among `values` (folded → value), or undefined. */
function printedValue(folded: string, values: ReadonlyMap<string, string>): string | undefined {
  for (const [read, printed] of CONFUSIONS) {
    for (let at = folded.indexOf(read); at >= 0; at = folded.indexOf(read, at + 1)) {
      const candidate = `${folded.slice(0, at)}${printed}${folded.slice(at + read.length)}`;
      const value = values.get(candidate);
      if (value !== undefined && !knownWord(wordAt(folded, at))) return value;
    }
  }
  return undefined;
}

/** `mentions` with every damaged spelling of a document's person or organisation replaced by its printed one. */
export function unifyOcrVariants(mentions: readonly Mention[]): readonly Mention[] {
  const respelled = new Map<string, string>();
  for (const type of TYPES) {
    const values = new Map<string, string>();
    for (const mention of mentions) if (mention.type === type && !values.has(fold(mention.value))) values.set(fold(mention.value), mention.value);
    if (values.size < 2 || values.size > MOST_VALUES) continue;
    for (const [folded, value] of values) {
      const printed = printedValue(folded, values);
      if (printed !== undefined && printed !== value) respelled.set(`${type}\u0000${value}`, printed);
    }
  }
  if (respelled.size === 0) return mentions;
  return mentions.map((mention) => {
    const printed = respelled.get(`${mention.type}\u0000${mention.value}`);
    return printed === undefined ? mention : { ...mention, value: printed };
  });
}

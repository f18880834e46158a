/**
 * A surname OCR damaged, mended from the page itself: no dictionary holds most surnames, so the
 * shape of a word cannot tell `Korlévo` from `Karlévo`, but a page that names a person twice
 * prints the surname twice, and OCR rarely damages both copies the same way. Same contract as
 * ocr-repairs.ts (which lists this repair in `OCR_REPAIRS`). Cases: test/extractors/fr/ocr-repairs.test.ts.
 */
import type { TextEdit } from '../core/edit-map.js';
import { memoisedForPage } from '../core/memo.js';
import { CAPITAL_AHEAD } from '../core/pattern.js';
import { letterRuns } from '../core/word-scan.js';
import { OPENS_UPPER, spliced } from '../core/word-shape.js';
import { isCommonWord } from './lexicon-lookup.js';
import { isKnownWord } from './names.js';
import type { OcrRepair } from './ocr-repairs.js';
import { afterGivenName, afterPersonGivenName } from './ocr-repairs-letters.js';

/**
 * What OCR reads, what was printed, inside a surname (../shared/tools/ocr_noise.py): only the direction OCR
 * damages, so that of two copies one confusion apart the damaged one is mended and never the other. `i` read
 * as `l` is common and `l` read as `i` rare: `l` is mended into `i`, not back (`Trldouel` beside `Tridouel`).
 * `q` read as `g` or `qg` (about one `q` in twenty) is here too, which no other repair undoes in a name, as
 * `Laguerre` and `Laquerre` may both be names.
 */
const SURNAME_CONFUSIONS: readonly (readonly [read: string, printed: string])[] = [
  ['l', 'i'],
  ['ll', 'l'],
  ['g', 'q'],
  ['qg', 'q'],
  ['g', 'ç'],
  ['f', 't'],
  ['n', 'i'],
  ['a', 'o'],
  ['d', 'ô'],
  ['d', 'è'],
  ['fi', 'g'],
  ['é', 'ô'],
  ['l', 'û'],
];

/** A civil title right before (maybe on the line before): the word after it is a surname (`Mme X`, `M.⏎X`). */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:M\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)[ \t]*\n?[ \t]*$/u;

/** Whether a surname stands at `start`: after a given name (maybe on the line before) or a civil title. */
function surnamePlace(text: string, start: number): boolean {
  if (afterGivenName(text, start, true) || afterPersonGivenName(text, start)) return true;
  return TITLE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * The words of the raw page in lower case, one set per page: the repairs read the text before the normaliser's
 * edits, the organisation rules' set (organisation/page-words.ts) the normalised one, so each keeps its own.
 */
const rawPageWords = memoisedForPage((text: string): ReadonlySet<string> => new Set(letterRuns(text, 1).map((run) => run[0].toLowerCase())));

/** The page's spelling (lower case) that undoing one confusion in `lower` gives, or null. */
function pageSpelling(lower: string, printed: ReadonlySet<string>): string | null {
  for (const [read, written] of SURNAME_CONFUSIONS) {
    // The capital is no place of a confusion: they are read after it.
    for (let at = lower.indexOf(read, 1); at > 0; at = lower.indexOf(read, at + 1)) {
      const repaired = spliced(lower, at, read.length, written);
      // A word the dictionary holds is no evidence: `Paul Lumidre` on a page that writes `lumière` stays.
      if (printed.has(repaired) && !isCommonWord(repaired)) return repaired;
    }
  }
  return null;
}

/** The page's spelling written in the damaged word's case: capitals, or a capital and lower case. */
const inCaseOf = (word: string, spelling: string): string =>
  word === word.toUpperCase() ? spelling.toUpperCase() : `${spelling.charAt(0).toUpperCase()}${spelling.slice(1)}`;

/**
 * `Patrick Karlévo` on a page that writes `P. Korlévo`, `Mme Trldouel` beside `Hélène Tridouel`: a
 * surname (after a given name or a civil title) that no lexicon knows, one OCR confusion away from a word the
 * page prints elsewhere that no lexicon knows either, is that word damaged. Only in the direction OCR damages
 * (`l` read for `i`, `a` for `o`, `g` for `q`…), so of two copies the damaged one is mended.
 */
export const surnameOnPage: OcrRepair = {
  name: 'surname-on-page',
  pattern: new RegExp(`${CAPITAL_AHEAD}\\p{Lu}\\p{L}{3,}(?![\\p{L}\\p{N}])`, 'gu'),
  edit: (match, text): TextEdit | null => {
    const word = match[0];
    if (!OPENS_UPPER.test(text.charAt(match.index)) || /[\p{L}\p{N}'’-]/u.test(text.charAt(match.index - 1))) return null;
    if (!surnamePlace(text, match.index) || isKnownWord(word) || isKnownWord(word.toLowerCase())) return null;
    const spelling = pageSpelling(word.toLowerCase(), rawPageWords(text, ''));
    return spelling === null ? null : { start: match.index, end: match.index + word.length, text: inCaseOf(word, spelling) };
  },
};

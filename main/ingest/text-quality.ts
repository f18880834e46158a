/**
 * Decides whether a page's text layer can be trusted. A PDF whose fonts lack a Unicode mapping
 * yields a "text layer" of private-use or control characters, or of letter soup; such a page
 * must be OCR'd like a scan.
 */

/**
 * Below this many letters and digits a page's text layer is treated as missing (a scan, or a
 * blank page). Digits count: a table of figures or a page of numbers has its text in the layer,
 * and OCR would only read it again, worse (a page of 100 000 numbers used to be rendered for OCR
 * and fail the memory budget). A lone page number stays below the bar, so a scan whose layer
 * holds only its number is still OCR'd.
 */
export const MIN_TEXT_LAYER_LETTERS = 40;

export interface TextLayerVerdict {
  readonly usable: boolean;
  readonly reason: 'ok' | 'empty' | 'garbled';
}

const VOWELS = /[aeiouyàâäéèêëîïôöùûüœæ]/iu;

/**
 * The commonest French (and a few English) function words. Real prose is about a third function
 * words (0.35–0.48 on the dev corpus; 0.17 on a sparse slide); glyph-id soup from fonts without a
 * Unicode mapping, even once its control characters are gone, is about 0.01.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'a à au aux avec ce ces cette c d dans de des du elle en est et il ils j l la le les leur',
    'leurs mais n ne nous on ont ou par pas plus pour qu que qui s sa se ses son sont sur un une',
    'vous y été être the of and to in is for on with that by are be as at this from or an it',
  ]
    .join(' ')
    .split(' '),
);
/** Fewer words than this and the function-word share is too noisy to judge (titles, tables). */
const MIN_WORDS_FOR_FUNCTION_CHECK = 40;
const MIN_FUNCTION_WORD_SHARE = 0.03;

/**
 * Fewest different letters a text layer of MIN_TEXT_LAYER_LETTERS letters or more may show: a
 * font whose ToUnicode map gives every glyph the same letter read as "xxxxx xxxxxxx", imported
 * as a text page with 0 mentions and no word. Any line of prose shows a dozen.
 */
const MIN_DISTINCT_LETTERS = 3;

/** Whether `letters` (a page's letters, nothing else) shows at least MIN_DISTINCT_LETTERS different ones, ignoring case; stops as soon as it does. */
function variedLetters(letters: string): boolean {
  const seen: string[] = [];
  for (const letter of letters) {
    const lower = letter.toLowerCase();
    if (seen.includes(lower)) continue;
    seen.push(lower);
    if (seen.length >= MIN_DISTINCT_LETTERS) return true;
  }
  return false;
}

/** Code points of a string (a surrogate pair is one), without splitting it into an array. */
function codePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        index += 1;
      }
    }
  }
  return count;
}

const NOT_LETTERS = /\P{L}+/gu;
const NOT_DIGITS = /\P{Nd}+/gu;
const NOT_SUSPICIOUS = /[^\p{Co}\p{Cc}\p{Cn}\uFFFD]+/gu;

/**
 * Runs on every text page of an import, so it counts letters and suspicious characters by what
 * is left once everything else is removed, rather than by listing each one (a page's 2 000
 * one-letter matches cost more than the rest of the check), and lists the words once.
 */
export function judgeTextLayer(text: string): TextLayerVerdict {
  const visible = text.replace(/\s+/gu, '');
  const letterText = visible.replace(NOT_LETTERS, '');
  const letters = codePoints(letterText);
  // Digits are counted only when letters alone fall short (pages of prose skip the second pass).
  if (letters < MIN_TEXT_LAYER_LETTERS && letters + codePoints(visible.replace(NOT_DIGITS, '')) < MIN_TEXT_LAYER_LETTERS) return { usable: false, reason: 'empty' };
  if (letters >= MIN_TEXT_LAYER_LETTERS && !variedLetters(letterText)) return { usable: false, reason: 'garbled' };
  const suspicious = codePoints(visible.replace(NOT_SUSPICIOUS, ''));
  if (suspicious / visible.length > 0.05) return { usable: false, reason: 'garbled' };
  const words = text.match(/\p{L}+/gu) ?? [];
  // Real French prose: most alphabetic tokens of two or more letters carry a vowel.
  const tokens = words.filter((word) => word.length >= 2 && (word.length > 2 || codePoints(word) >= 2));
  if (tokens.length >= 10) {
    const withVowel = tokens.filter((token) => VOWELS.test(token)).length;
    if (withVowel / tokens.length < 0.6) return { usable: false, reason: 'garbled' };
  }
  // Shifted glyph ids still carry vowels ("OHWWUH" for "lettre"), but never form the small words
  // every sentence needs. A false alarm here only costs an OCR pass on a word-list page.
  if (words.length >= MIN_WORDS_FOR_FUNCTION_CHECK) {
    const functionWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
    if (functionWords / words.length < MIN_FUNCTION_WORD_SHARE) return { usable: false, reason: 'garbled' };
  }
  return { usable: true, reason: 'ok' };
}

/**
 * Smallest page side, in points, that OCR is tried on: 8 pt (2.8 mm, 33 pixels at the 300 dpi
 * pages are rendered at) holds no line of text tesseract can read. A file of 5 000 pages of 1 pt
 * (each a page number in its text layer) spent six minutes OCR-ing 4 × 4-pixel images for nothing.
 */
export const MIN_OCR_PAGE_POINTS = 8;

/** Whether a page of this size (in points) is too small for OCR to read anything on it. */
export function tooSmallForOcr(width: number, height: number): boolean {
  return !(Math.min(Math.abs(width), Math.abs(height)) >= MIN_OCR_PAGE_POINTS);
}

/**
 * Decides whether a page's text layer can be trusted. A PDF whose fonts lack a Unicode mapping
 * yields a "text layer" of private-use or control characters, or of letter soup; such a page
 * must be OCR'd like a scan.
 */

/** Below this many letters a page's text layer is treated as missing (a scan, or a blank page). */
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
const FUNCTION_WORDS = new Set(
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

export function judgeTextLayer(text: string): TextLayerVerdict {
  const visible = text.replace(/\s+/gu, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_TEXT_LAYER_LETTERS) return { usable: false, reason: 'empty' };
  const suspicious = (visible.match(/[\p{Co}\p{Cc}\p{Cn}\uFFFD]/gu) ?? []).length;
  if (suspicious / visible.length > 0.05) return { usable: false, reason: 'garbled' };
  // Real French prose: most alphabetic tokens of two or more letters carry a vowel.
  const tokens = text.match(/\p{L}{2,}/gu) ?? [];
  if (tokens.length >= 10) {
    const withVowel = tokens.filter((token) => VOWELS.test(token)).length;
    if (withVowel / tokens.length < 0.6) return { usable: false, reason: 'garbled' };
  }
  // Shifted glyph ids still carry vowels ("OHWWUH" for "lettre"), but never form the small words
  // every sentence needs. A false alarm here only costs an OCR pass on a word-list page.
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length >= MIN_WORDS_FOR_FUNCTION_CHECK) {
    const functionWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
    if (functionWords / words.length < MIN_FUNCTION_WORD_SHARE) return { usable: false, reason: 'garbled' };
  }
  return { usable: true, reason: 'ok' };
}

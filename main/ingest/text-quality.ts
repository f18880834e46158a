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
  return { usable: true, reason: 'ok' };
}

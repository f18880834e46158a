/**
 * Character error rate, as used to judge OCR against a reference text: the Levenshtein distance
 * between the two texts after whitespace is collapsed and typographic quotes are unified,
 * divided by the reference length. Aligned, so reading-order mistakes count as errors.
 */
export function normaliseForCer(text: string): string {
  return text.replace(/[\u2019\u2018]/gu, "'").replace(/[\u201c\u201d«»]/gu, '"').replace(/\s+/gu, ' ').trim();
}

export function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = new Uint32Array(b.length + 1).map((_, index) => index);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (charA === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

export function characterErrorRate(hypothesis: string, reference: string): number {
  const ref = normaliseForCer(reference);
  const hyp = normaliseForCer(hypothesis);
  return ref.length === 0 ? (hyp.length === 0 ? 0 : 1) : levenshtein(hyp, ref) / ref.length;
}

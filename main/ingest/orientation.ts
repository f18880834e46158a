/**
 * OCR of one page image, turned upright first when it was scanned sideways or upside down. A page
 * read in the wrong orientation gives low-confidence junk (dozens of false mentions at about 45 %);
 * when the first reading is that poor, a band of the page is read in the three other quarter
 * turns and, if one reads clearly better, the whole page is read again that way. Upright pages,
 * the vast majority, cost nothing more.
 */
import { encodePgm, type GrayImage } from './gray-image.js';
import type { OcrPool, OcrWord, TimedOcrResult } from './ocr-pool.js';
import { cropRows, rotateGray, unrotateBox, type QuarterTurns } from './rotate.js';

/** Below this mean word confidence a reading is suspect: the other orientations are tried. */
export const TRY_ROTATIONS_BELOW = 65;
/** A turn is taken only when its sample reads this many confidence points better. */
const MIN_GAIN = 15;
/** Fewer words than this in a sample say nothing about its orientation. */
const MIN_SAMPLE_WORDS = 3;

export interface UprightReading {
  readonly text: string;
  readonly confidence: number;
  /** Word boxes in the pixels of the image as given (not as turned). */
  readonly words: readonly OcrWord[];
  /**
   * Clockwise quarter turns that set the page upright: applied to the image before the reading
   * that was kept, or 3 for a page whose lines tesseract read running down it (`readDownward`),
   * which it does by itself.
   */
  readonly turns: QuarterTurns;
  /** Worker seconds spent, samples included. */
  readonly seconds: number;
}

/**
 * The middle half of the image's height, full width: enough lines to judge, half the cost. Cut
 * here rather than with tesseract's own `rectangle`, which misreads a band of a turned page.
 */
function middleBand(image: GrayImage): GrayImage {
  return cropRows(image, image.height / 4, Math.max(1, image.height / 2));
}

/** Words this long are wider than tall when upright, in any font. */
const MIN_JUDGED_CHARACTERS = 4;
/** Fewer such words than this say nothing about the direction of the lines. */
const MIN_JUDGED_WORDS = 8;
/** Share of them standing taller than wide that makes the page's lines run down it. */
const DOWNWARD_SHARE = 0.8;

/**
 * Whether tesseract read the page's lines running down it. A page turned a quarter to the right
 * (its lines running top to bottom, as a `/Rotate 90` page or a scan fed that way shows them)
 * is read by tesseract itself, at full confidence and with its word boxes standing upright on
 * the image, so no other turn is tried: the reading is right, but the page is still sideways,
 * which the user is told (PAGE_TURNED, 270° to set it upright). Pure.
 */
export function readDownward(words: readonly OcrWord[]): boolean {
  const judged = words.filter((word) => [...word.text].length >= MIN_JUDGED_CHARACTERS);
  if (judged.length < MIN_JUDGED_WORDS) return false;
  const tall = judged.filter((word) => word.y1 - word.y0 > word.x1 - word.x0).length;
  return tall >= judged.length * DOWNWARD_SHARE;
}

function score(result: TimedOcrResult): number {
  return result.words.length < MIN_SAMPLE_WORDS ? 0 : result.confidence;
}

/** Reads `image` (at `dpi`), upright. `timeoutMs` bounds each recognition once it runs. */
export async function recognizeUpright(pool: OcrPool, image: GrayImage, dpi: number, timeoutMs?: number): Promise<UprightReading> {
  const first = await pool.run({ image: encodePgm(image), dpi, timeoutMs });
  let seconds = first.seconds;
  if (first.confidence >= TRY_ROTATIONS_BELOW && first.words.length >= MIN_SAMPLE_WORDS) return { ...first, turns: readDownward(first.words) ? 3 : 0, seconds };
  const turned = ([1, 2, 3] as const).map((turns) => ({ turns, image: rotateGray(image, turns) }));
  const samples = await Promise.all(turned.map(async (candidate) => ({ ...candidate, result: await pool.run({ image: encodePgm(middleBand(candidate.image)), dpi, timeoutMs }) })));
  seconds += samples.reduce((sum, sample) => sum + sample.result.seconds, 0);
  const best = samples.reduce((a, b) => (score(b.result) > score(a.result) ? b : a));
  if (score(best.result) < Math.max(score(first), 1) + MIN_GAIN) return { ...first, turns: 0, seconds };
  const full = await pool.run({ image: encodePgm(best.image), dpi, timeoutMs });
  seconds += full.seconds;
  if (full.confidence <= first.confidence) return { ...first, turns: 0, seconds };
  const words = full.words.map((word) => ({ ...word, ...unrotateBox(word, best.turns, image.width, image.height) }));
  return { text: full.text, confidence: full.confidence, words, turns: best.turns, seconds };
}

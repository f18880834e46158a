/**
 * Checks a text layer nobody can see against what its page shows. OCR'd PDFs carry their text
 * invisibly over the scan (text rendering mode 3); a hostile or broken file can carry any text
 * there, or paint it white or fully transparent, and mentions would then be drawn from words the
 * page does not show. Such text is found from the page's drawing operators; only pages that hold
 * enough of it are OCR'd, and their hidden words are looked for in what OCR reads.
 *
 * The cost stays off ordinary files: a document is first screened on its raw bytes (its content
 * streams inflated and searched for an invisible rendering mode, a white fill near text, or a
 * fully transparent fill: `contentMayHideText` and `setsTransparentFill`, run by file-screen.ts in
 * the same pass that looks for inflation bombs), which takes milliseconds; only a document that
 * passes the screen has its text pages' operator lists built.
 *
 * Text placed outside the page never reaches here: pdf.js's text content keeps only what lies in
 * the page's box (tested with the `text-off-page` hostile PDF). A page whose text is mostly off
 * its box is found when it goes to OCR (`offPageGlyphs`), a text page with an unusual box
 * (page-box.ts) when part of its text is (`textLeftOut`); either gets a TEXT_OFF_PAGE warning. Not covered (said in the README):
 * text under an opaque shape (seeing it needs geometry pdf.js does not report), and colours set
 * through a colour space other than DeviceGray/RGB/CMYK in the screen (the operator list itself
 * sees them all).
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfJs } from './pdf-document.js';
import type { PageWarning } from './page-warnings.js';
import type { OperatorList } from './single-image.js';

/** Fewer hidden glyphs than this on a page are not worth an OCR pass (a stray space, a marker). */
export const MIN_HIDDEN_GLYPHS = 40;

/** What the page holds that is drawn but cannot be seen, with its text. */
export interface HiddenText {
  readonly text: string;
  /** Glyphs drawn invisibly, and all glyphs the page draws. */
  readonly hiddenGlyphs: number;
  readonly glyphs: number;
}

/** The operators this module reads, from pdf.js's `OPS`. */
export interface TextOps {
  readonly save: number;
  readonly restore: number;
  readonly setTextRenderingMode: number;
  readonly setFillRGBColor: number;
  readonly setGState: number;
  readonly showText: number;
  readonly showSpacedText: number;
  readonly nextLineShowText: number;
  readonly nextLineSetSpacingShowText: number;
  readonly endText: number;
  /** Around an annotation's appearance (a form field's value, a note): not the page's own text. */
  readonly beginAnnotation: number;
  readonly endAnnotation: number;
}

interface TextState {
  mode: number;
  white: boolean;
  transparent: boolean;
}

/** Rendering modes 3 (neither fill nor stroke) and 7 (clip only) paint nothing. */
function paintsNothing(mode: number): boolean {
  return (mode & 3) === 3;
}

/** Filled (modes 0, 2, 4, 6) in white, or fully transparent: on a white page, nothing shows. */
function isHidden(state: TextState): boolean {
  if (paintsNothing(state.mode) || state.transparent) return true;
  return state.white && (state.mode === 0 || state.mode === 4);
}

/** A TJ gap wider than this (thousandths of an em) separates words, as pdf.js's own text layer does. */
const WORD_GAP = 200;

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  let text = '';
  for (const glyph of glyphs as unknown[]) {
    if (typeof glyph === 'number') {
      if (glyph > WORD_GAP || glyph < -WORD_GAP) text += ' ';
    } else if (typeof glyph === 'object' && glyph !== null) {
      const unicode = (glyph as { unicode?: unknown }).unicode;
      if (typeof unicode === 'string') text += unicode;
    }
  }
  return text;
}

function applyGState(state: TextState, args: unknown): void {
  const entries = Array.isArray(args) ? (args[0] as unknown) : null;
  if (!Array.isArray(entries)) return;
  for (const entry of entries as unknown[]) {
    if (Array.isArray(entry) && entry[0] === 'ca' && typeof entry[1] === 'number') state.transparent = entry[1] <= 0.01;
  }
}

/**
 * The page's text drawn so that it cannot be seen, from its pdf.js operator list, and the count of
 * all the glyphs its content draws. Annotations' appearances (filled form fields, notes) are left
 * out: they are drawn over the page but are not its content, and its text layer never holds them,
 * so counting them called a page of form fields "text drawn off the page". Pure.
 */
export function hiddenTextOf(list: OperatorList, ops: TextOps): HiddenText {
  const showOps = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  const stack: TextState[] = [];
  let state: TextState = { mode: 0, white: false, transparent: false };
  let text = '';
  let hiddenGlyphs = 0;
  let glyphs = 0;
  let inAnnotation = 0;
  for (let index = 0; index < list.fnArray.length; index += 1) {
    const fn = list.fnArray[index];
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === ops.beginAnnotation) inAnnotation += 1;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    else if (inAnnotation > 0) continue;
    else if (fn === ops.save) stack.push({ ...state });
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.setTextRenderingMode) state.mode = typeof args?.[0] === 'number' ? args[0] : 0;
    else if (fn === ops.setFillRGBColor) state.white = typeof args?.[0] === 'string' && args[0].toLowerCase() === '#ffffff';
    else if (fn === ops.setGState) applyGState(state, args);
    else if (fn === ops.endText) text += '\n';
    else if (fn !== undefined && showOps.has(fn)) {
      const shown = glyphText(args?.[fn === ops.nextLineSetSpacingShowText ? 2 : 0]);
      const count = shown.replace(/\s+/gu, '').length;
      glyphs += count;
      if (isHidden(state)) {
        hiddenGlyphs += count;
        text += `${shown} `;
      }
    }
  }
  return { text: text.replace(/[ \t]+/gu, ' ').replace(/\s*\n\s*/gu, '\n').trim(), hiddenGlyphs, glyphs };
}

/**
 * Whether the file sets a fully transparent fill anywhere (`/ca 0` in a graphics state), which
 * may hide the text drawn under it. Part of the screen (file-screen.ts). Bytes in, a verdict out.
 */
export function setsTransparentFill(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('/ca'); at !== -1; at = bytes.indexOf('/ca', at + 3)) {
    if (/^\/ca\s*0(?:\.0*)?(?![.\d])/u.test(bytes.toString('latin1', at, at + 12))) return true;
  }
  return false;
}

/** A stream that holds a font program, not drawing operators: never screened for hidden text. */
export const FONT_PROGRAM = /\/Length[123]|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)/u;

const WHITE_FILL = String.raw`1(?:\.0*)?\s+g|1(?:\.0*)?\s+1(?:\.0*)?\s+1(?:\.0*)?\s+(?:rg|scn?)|0(?:\.0*)?\s+0(?:\.0*)?\s+0(?:\.0*)?\s+0(?:\.0*)?\s+k`;
const IS_WHITE_FILL = new RegExp(`^(?:${WHITE_FILL})$`, 'u');
/** The operators of a content stream that may hide text, matched in one linear pass. */
const SCREEN = new RegExp(String.raw`(?:^|\s)([37]\s+Tr|BT|ET|${WHITE_FILL}|[\d.]+(?:\s+[\d.]+){0,3}\s+(?:g|rg|k|scn?))(?=\s|$)`, 'gu');

/**
 * Whether one decoded content stream may draw hidden text: an invisible rendering mode (`3 Tr`,
 * `7 Tr`), or a white fill in force when a text object begins or set inside one. False means the
 * operator lists need not be built; true may be a false alarm (a white box drawn before text),
 * which costs only those lists. One linear pass.
 */
export function contentMayHideText(content: string): boolean {
  let white = false;
  let inText = false;
  for (const match of content.matchAll(SCREEN)) {
    const token = match[1] ?? '';
    if (token.endsWith('Tr')) return true;
    if (token === 'BT') {
      if (white) return true;
      inText = true;
    } else if (token === 'ET') {
      inText = false;
    } else {
      white = IS_WHITE_FILL.test(token);
      if (white && inText) return true;
    }
  }
  return false;
}

/** What the page's text operators draw, hidden or not (one operator list). */
export async function pageTextOps(page: PDFPageProxy): Promise<HiddenText> {
  const [{ OPS }, list] = await Promise.all([loadPdfJs(), page.getOperatorList()]);
  return hiddenTextOf(list, OPS);
}

/** The page's hidden text when there is enough of it to check, else null. */
export function enoughHidden(drawn: HiddenText): HiddenText | null {
  return drawn.hiddenGlyphs >= MIN_HIDDEN_GLYPHS ? drawn : null;
}

/** Fewer glyphs than this left off a page are not worth a warning (a stray mark, a slug line's end). */
export const MIN_OFF_PAGE_GLYPHS = 20;

/**
 * How many glyphs the page draws that its text layer left out, when that is most of them (the
 * text lies outside the page's box: `MediaBox [0 0 -612 -792]` is the box left of and below the
 * origin, as every reader normalises it, so text drawn at (40, 780) is off the page), else 0.
 * `drawnGlyphs` counts the glyphs of the page's text operators (`hiddenTextOf(…).glyphs`). Pure.
 */
export function offPageGlyphs(drawnGlyphs: number, layerText: string): number {
  const kept = layerText.replace(/\s+/gu, '').length;
  const left = drawnGlyphs - kept;
  return drawnGlyphs >= MIN_OFF_PAGE_GLYPHS && kept * 2 < drawnGlyphs ? left : 0;
}

/** A text page warns when at least this share of the glyphs it draws was left out of its layer (1 in 20). */
const MIN_LEFT_OUT_SHARE = 1 / 20;

/**
 * How many glyphs a text page draws that its text layer left out, when that is at least
 * MIN_OFF_PAGE_GLYPHS and a twentieth of them (a line or more of a page whose box cuts off part
 * of its text), else 0. Only asked of pages with an unusual box (page-box.ts). Pure.
 */
export function textLeftOut(drawnGlyphs: number, layerText: string): number {
  const left = drawnGlyphs - layerText.replace(/\s+/gu, '').length;
  return left >= MIN_OFF_PAGE_GLYPHS && left >= drawnGlyphs * MIN_LEFT_OUT_SHARE ? left : 0;
}

/** Below this mean OCR confidence the reading cannot judge the layer: the layer is kept. */
export const MIN_JUDGING_CONFIDENCE = 55;
/** A layer whose words are seen on the page less often than this disagrees with it. */
export const MIN_SEEN_SHARE = 0.5;
/** Hidden text is judged by runs of this many words too, so that a paragraph slipped in among true text is caught. */
const RUN_WORDS = 12;
/** A run with fewer of its words seen than this share is text the page does not show. */
const MIN_RUN_SEEN_SHARE = 0.25;
/** Fewer comparable words than this: nothing to judge. */
const MIN_WORDS = 5;

/** Words worth comparing: letters of four or more, numbers of three or more digits, without case or accents. */
export function comparableWords(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return (plain.match(/\p{L}{4,}|\d{3,}/gu) ?? []);
}

export type LayerVerdict =
  | { readonly verdict: 'agrees' | 'unclear' }
  | { readonly verdict: 'disagrees'; readonly seenShare: number };

/**
 * Whether OCR (what the page shows) confirms the hidden text: the share of its words OCR read
 * somewhere on the page, over the whole text and over each run of words. Word containment rather
 * than a character distance: the layer and OCR may order columns differently, and what matters is
 * whether the page shows the words mentions would be drawn from. Pure.
 */
export function judgeHiddenText(hidden: string, reading: { readonly text: string; readonly confidence: number }): LayerVerdict {
  const words = comparableWords(hidden);
  if (words.length < MIN_WORDS) return { verdict: 'agrees' };
  const shown = new Set(comparableWords(reading.text));
  // The page shows (almost) no text at all while its layer says things: nothing to misread.
  if (shown.size < 3) return { verdict: 'disagrees', seenShare: 0 };
  if (reading.confidence < MIN_JUDGING_CONFIDENCE) return { verdict: 'unclear' };
  let seen = 0;
  let worstRun = 1;
  for (let start = 0; start < words.length; start += RUN_WORDS) {
    const run = words.slice(start, start + RUN_WORDS);
    const runSeen = run.filter((word) => shown.has(word)).length;
    seen += runSeen;
    if (run.length >= RUN_WORDS / 2) worstRun = Math.min(worstRun, runSeen / run.length);
  }
  const seenShare = seen / words.length;
  return seenShare < MIN_SEEN_SHARE || worstRun < MIN_RUN_SEEN_SHARE ? { verdict: 'disagrees', seenShare } : { verdict: 'agrees' };
}

/**
 * What becomes of a page whose hidden text was checked: kept when OCR confirms it (or cannot
 * judge it); else the page's OCR text replaces it, with a TEXT_LAYER_MISMATCH warning. The page
 * image is what a reader sees and what a reviewer checks mentions against, so words it does not
 * show must not become mentions; the OCR of a page is what it shows.
 */
export function layerCheckOutcome(page: number, hiddenText: string, reading: { readonly text: string; readonly confidence: number }): { keepLayer: boolean; warnings: PageWarning[] } {
  const judged = judgeHiddenText(hiddenText, reading);
  if (judged.verdict !== 'disagrees') return { keepLayer: true, warnings: [] };
  const seen = Math.round(judged.seenShare * 100);
  return {
    keepLayer: false,
    warnings: [{ page, code: 'TEXT_LAYER_MISMATCH', fact: seen }],
  };
}

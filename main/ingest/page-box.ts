/**
 * Which text pages may have text that their text layer leaves out because it lies outside the
 * page's box. pdf.js's text content drops every glyph whose origin is outside the page's view
 * (the CropBox within the MediaBox), before any item is built, so the items' positions cannot
 * show what is missing; only the page's text operators can (`hiddenTextOf(…).glyphs`), and
 * building them costs about as much as the text layer itself. They are built only for a page
 * whose box is unusual: a view not anchored at the origin (a negative or shifted MediaBox,
 * where text drawn at ordinary positive coordinates falls outside), or a view cut out of the
 * MediaBox by a CropBox. Ordinary pages (a MediaBox from the origin, no CropBox) cost nothing.
 * Not covered: text moved off an ordinary box by its own transformation matrix, and a CropBox
 * in a page dictionary that sits in a compressed object stream (our raw reader does not open
 * those); neither is shown by a PDF viewer either. Bytes and pdf.js's view in, a verdict out.
 */
import { isDict, isRef, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from './pdf-objects.js';

/** Parents followed for an inherited MediaBox. */
const MAX_TREE_DEPTH = 16;
/** Boxes closer than this (points) are the same box. */
const SAME_BOX = 0.01;

export type Box = readonly [number, number, number, number];

/** A box as readers normalise it (lower-left, upper-right), or null when it is not four numbers with an area. */
export function normalisedBox(value: PdfValue | undefined, objects?: PdfObjects): Box | null {
  const array = objects === undefined ? value : objects.resolve(value);
  if (!Array.isArray(array) || array.length !== 4) return null;
  const numbers = array.map((entry) => (objects === undefined ? entry : objects.resolve(entry)));
  if (!numbers.every((entry): entry is number => typeof entry === 'number' && Number.isFinite(entry))) return null;
  const [x0, y0, x1, y1] = numbers as [number, number, number, number];
  const box: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
  return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : null;
}

function sameBox(a: readonly number[], b: Box): boolean {
  return a.length === 4 && a.every((value, index) => Math.abs(value - (b[index] as number)) <= SAME_BOX);
}

/**
 * Whether a page's view (pdf.js's `page.view`) may leave out text drawn at ordinary
 * coordinates: it is not anchored at the origin, or it is smaller than the page's MediaBox
 * (`mediaBox` null when unknown). Pure.
 */
export function viewMayLeaveOutText(view: readonly number[], mediaBox: Box | null): boolean {
  if (view[0] !== 0 || view[1] !== 0) return true;
  return mediaBox !== null && !sameBox(view, mediaBox);
}

/** The page's MediaBox, its own or inherited from the page tree, normalised; null when unreadable. */
export function mediaBoxOf(objects: PdfObjects, ref: PdfRef): Box | null {
  let node: PdfDict | null = null;
  const first = objects.get(ref)?.value;
  node = isDict(first) ? first : null;
  for (let depth = 0; node !== null && depth < MAX_TREE_DEPTH; depth += 1) {
    const box = node.get('MediaBox');
    if (box !== undefined) return normalisedBox(box, objects);
    const parent: PdfValue | undefined = node.get('Parent');
    const next: PdfValue | undefined = isRef(parent) ? objects.get(parent)?.value : undefined;
    node = isDict(next) ? next : null;
  }
  return null;
}

/** The screen of one document's pages (one per document, over the bytes the thread already holds). */
export class PageBoxes {
  /** A CropBox is written somewhere in the file's plain bytes: only then are page dictionaries read. */
  private readonly crops: boolean;

  constructor(private readonly objects: PdfObjects) {
    this.crops = objects.bytes.includes('CropBox');
  }

  /** Whether the page's text operators are worth counting against its text layer. */
  mayLeaveOutText(page: { readonly view: readonly number[]; readonly ref: PdfRef | null }): boolean {
    if (page.view[0] !== 0 || page.view[1] !== 0) return true;
    if (!this.crops || page.ref === null) return false;
    return viewMayLeaveOutText(page.view, mediaBoxOf(this.objects, page.ref));
  }
}

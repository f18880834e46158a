/**
 * Which text pages may have text that their text layer leaves out because it lies outside the
 * page's box. pdf.js's text content drops every glyph whose origin is outside the page's view
 * (the CropBox within the MediaBox), before any item is built, so the items' positions cannot
 * show what is missing; only the page's text operators can (`hiddenTextOf(…).glyphs`), and
 * building them costs about as much as the text layer itself. They are built only for a page
 * whose box is unusual: a view not anchored at the origin (a negative or shifted MediaBox,
 * where text drawn at ordinary positive coordinates falls outside), or a view cut out of the
 * MediaBox by a CropBox. Ordinary pages (a MediaBox from the origin, no CropBox) cost nothing.
 * Page dictionaries kept in compressed object streams (PDF 1.5+) are read too, those streams
 * inflated only when the file has some. Not covered: text moved off an ordinary box by its own
 * transformation matrix (only the operator list shows it, at the cost of a second text pass);
 * a viewer does not show that text either. Bytes and pdf.js's view in, a verdict out.
 */
import { type ObjectStreams, isDict, isRef, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from './pdf-objects.js';

/** Parents followed for an inherited MediaBox. */
const MAX_TREE_DEPTH = 16;
/** Boxes closer than this (points) are the same box. */
const SAME_BOX = 0.01;

export type Box = readonly [number, number, number, number];

/** A value with one level of reference followed. */
type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

/** A box as readers normalise it (lower-left, upper-right), or null when it is not four numbers with an area. */
export function normalisedBox(value: PdfValue | undefined, resolve: Resolve = (plain) => plain): Box | null {
  const array = resolve(value);
  if (!Array.isArray(array) || array.length !== 4) return null;
  const numbers = array.map(resolve);
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

/**
 * The page's MediaBox, its own or inherited from the page tree, normalised; null when unreadable.
 * Objects are looked for at the top level, then in the file's object streams (`packed`).
 */
export function mediaBoxOf(objects: PdfObjects, ref: PdfRef, packed?: ObjectStreams): Box | null {
  const lookup = (at: PdfRef): PdfValue | undefined => objects.get(at)?.value ?? packed?.value(at.num);
  const resolve: Resolve = (value) => (isRef(value) ? lookup(value) : value);
  const first = lookup(ref);
  let node: PdfDict | null = isDict(first) ? first : null;
  for (let depth = 0; node !== null && depth < MAX_TREE_DEPTH; depth += 1) {
    const box = node.get('MediaBox');
    if (box !== undefined) return normalisedBox(box, resolve);
    const next = resolve(node.get('Parent'));
    node = isDict(next) ? next : null;
  }
  return null;
}

/** The screen of one document's pages (one per document, over the bytes the thread already holds). */
export class PageBoxes {
  /** A CropBox is written somewhere in the file, plainly or in an object stream: only then are page dictionaries read. */
  private crops: boolean | undefined;
  /** `packed`: the file's object streams, shared with the other screens of the document (inflated once). */
  constructor(
    private readonly objects: PdfObjects,
    private readonly packed = objects.objectStreams(),
  ) {}

  private hasCrops(): boolean {
    this.crops ??= this.objects.bytes.includes('CropBox') || (this.packed.present() && this.packed.contain('CropBox'));
    return this.crops;
  }

  /** Whether the page's text operators are worth counting against its text layer. */
  mayLeaveOutText(page: { readonly view: readonly number[]; readonly ref: PdfRef | null }): boolean {
    if (page.view[0] !== 0 || page.view[1] !== 0) return true;
    if (page.ref === null || !this.hasCrops()) return false;
    return viewMayLeaveOutText(page.view, mediaBoxOf(this.objects, page.ref, this.packed));
  }
}

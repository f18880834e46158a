/**
 * A scanned PDF read without pdf.js. A document thread needs pdf.js for a scan only to list its
 * pages, their sizes and their (empty) text layers; the images themselves already come straight
 * from the file (raw-scan.ts). Loading pdf.js costs a document thread about 0.6 s of CPU, on the
 * way to the first OCR job of a one-document import. When the file is plainly a scan — one
 * revision, not encrypted, a page tree of top-level objects whose every page paints exactly one
 * image XObject and nothing else — its pages are listed here, with the sizes pdf.js would give;
 * any doubt answers null and the document is read with pdf.js as before. Such a page draws no
 * text, so its text layer is empty, which is what pdf.js would read. Pure: bytes in, plan out.
 */
import { isDict, isName, isRef, parseValue, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from './pdf-objects.js';
import { paintedImage } from './raw-scan.js';
import type { Matrix } from './single-image.js';

/** A page's box as pdf.js's `page.view`: [x0, y0, x1, y1], normalised, non-empty. */
export type PageBox = readonly [number, number, number, number];

/** One page of a planned scan. */
export interface PlannedPage {
  readonly number: number;
  readonly ref: PdfRef;
  readonly view: PageBox;
}

export interface ScanPlan {
  readonly pages: readonly PlannedPage[];
  /** The document information names a title: pdf.js decodes it (its string encodings are its business). */
  readonly hasTitle: boolean;
}

/** Trailers followed through `/Prev` before giving up. */
const MAX_TRAILERS = 8;
/** Depth of the page tree followed. */
const MAX_TREE_DEPTH = 16;
/** Bytes read for a trailer dictionary. */
const TRAILER_WINDOW = 8192;

const nameOf = (value: PdfValue | undefined): string | null => (isName(value) ? value.name : null);

/** The trailer dictionary of the cross-reference section at `offset` (a table or a stream), or null. */
function trailerAt(objects: PdfObjects, offset: number): PdfDict | null {
  const { bytes } = objects;
  if (!Number.isInteger(offset) || offset < 0 || offset >= bytes.length) return null;
  const head = bytes.toString('latin1', offset, Math.min(bytes.length, offset + 32));
  if (head.startsWith('xref')) {
    const at = bytes.indexOf('trailer', offset);
    if (at === -1) return null;
    const value = parseValue(bytes.toString('latin1', at + 7, Math.min(bytes.length, at + 7 + TRAILER_WINDOW)));
    return isDict(value) ? value : null;
  }
  const object = /^(\d{1,10})\s+(\d{1,5})\s+obj\b/u.exec(head);
  if (object === null) return null;
  const stream = objects.get({ num: Number(object[1]), gen: Number(object[2]) })?.value;
  return isDict(stream) && nameOf(stream.get('Type')) === 'XRef' ? stream : null;
}

/** The catalog and the document information of an unencrypted file, as its last `startxref` leads to them. */
function rootOf(objects: PdfObjects): { catalog: PdfDict; info: PdfValue | undefined } | null {
  const { bytes } = objects;
  const at = bytes.lastIndexOf('startxref');
  if (at === -1) return null;
  let offset = Number(/^\s*(\d{1,12})/u.exec(bytes.toString('latin1', at + 9, at + 40))?.[1] ?? Number.NaN);
  for (let hop = 0; hop < MAX_TRAILERS; hop += 1) {
    const trailer = trailerAt(objects, offset);
    if (trailer === null || trailer.has('Encrypt')) return null;
    const root = trailer.get('Root');
    if (isRef(root)) {
      const catalog = objects.get(root)?.value;
      return isDict(catalog) && nameOf(catalog.get('Type')) === 'Catalog' ? { catalog, info: trailer.get('Info') } : null;
    }
    const previous = trailer.get('Prev');
    if (typeof previous !== 'number') return null;
    offset = previous;
  }
  return null;
}

/** The page objects in document order, or null at any doubt (a node that does not read, a loop, a count that disagrees). */
function pageRefs(objects: PdfObjects, catalog: PdfDict): { ref: PdfRef; dict: PdfDict; ancestors: PdfDict[] }[] | null {
  const rootRef = catalog.get('Pages');
  const root = isRef(rootRef) ? objects.get(rootRef)?.value : undefined;
  if (!isRef(rootRef) || !isDict(root)) return null;
  const pages: { ref: PdfRef; dict: PdfDict; ancestors: PdfDict[] }[] = [];
  const seen = new Set<number>([rootRef.num]);
  // pdf.js finds page N by skipping whole subtrees by their `/Count`: every count must be right
  // for its page N to be the N-th leaf found here.
  const walk = (node: PdfDict, ancestors: PdfDict[]): boolean => {
    if (nameOf(node.get('Type')) !== 'Pages' || ancestors.length > MAX_TREE_DEPTH) return false;
    const kids = node.get('Kids');
    if (!Array.isArray(kids)) return false;
    const before = pages.length;
    for (const kid of kids) {
      if (!isRef(kid) || seen.has(kid.num)) return false;
      seen.add(kid.num);
      const dict = objects.get(kid)?.value;
      if (!isDict(dict)) return false;
      if (nameOf(dict.get('Type')) === 'Page') pages.push({ ref: kid, dict, ancestors: [node, ...ancestors] });
      else if (!walk(dict, [node, ...ancestors])) return false;
    }
    return node.get('Count') === pages.length - before;
  };
  return walk(root, []) ? pages : null;
}

/** The nearest value of an inheritable page attribute (the page's own, else its parents'). */
function inherited(page: PdfDict, ancestors: readonly PdfDict[], key: string): PdfValue | undefined {
  for (const node of [page, ...ancestors]) if (node.has(key)) return node.get(key);
  return undefined;
}

/** A box written as four plain numbers, normalised as pdf.js does; null otherwise or when empty. */
function boxOf(value: PdfValue | undefined): PageBox | null {
  if (!Array.isArray(value) || value.length !== 4 || !value.every((item) => typeof item === 'number' && Number.isFinite(item))) return null;
  const [a, b, c, d] = value as number[] as [number, number, number, number];
  const box: PageBox = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
  return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : null;
}

/**
 * The page's view when pdf.js would read it the same way: a valid media box, a crop box absent
 * or equal to it, no rotation, no user unit.
 */
function viewOf(page: PdfDict, ancestors: readonly PdfDict[]): PageBox | null {
  const rotate = inherited(page, ancestors, 'Rotate');
  if ((rotate !== undefined && rotate !== 0) || page.has('UserUnit')) return null;
  const media = boxOf(inherited(page, ancestors, 'MediaBox'));
  const crop = inherited(page, ancestors, 'CropBox');
  if (media === null) return null;
  if (crop === undefined) return media;
  const cropBox = boxOf(crop);
  return cropBox !== null && cropBox.every((value, index) => value === media[index]) ? media : null;
}

/** True when the page paints one image XObject (an image holds no text) and nothing else. */
function paintsOnlyAnImage(objects: PdfObjects, ref: PdfRef): boolean {
  const painted = paintedImage(objects, ref);
  const image = painted === null ? undefined : objects.get(painted.imageRef)?.value;
  return isDict(image) && nameOf(image.get('Subtype')) === 'Image';
}

/** The first object, when it is a linearization dictionary: its page count must agree (pdf.js may take it). */
function linearizedPages(objects: PdfObjects): number | null | undefined {
  const head = objects.bytes.toString('latin1', 0, Math.min(objects.bytes.length, 1024));
  if (!head.includes('/Linearized')) return undefined;
  const pages = /\/N\s+(\d{1,9})\b/u.exec(head.slice(head.indexOf('/Linearized')));
  return pages?.[1] === undefined ? null : Number(pages[1]);
}

/** The plan of a plain scanned PDF, or null when pdf.js must read it. */
export function planScan(objects: PdfObjects): ScanPlan | null {
  if (objects.hasRedefinedObjects()) return null;
  const root = rootOf(objects);
  const listed = root === null ? null : pageRefs(objects, root.catalog);
  if (root === null || listed === null || listed.length === 0) return null;
  const linearized = linearizedPages(objects);
  if (linearized !== undefined && linearized !== listed.length) return null;
  const pages: PlannedPage[] = [];
  for (const [index, { ref, dict, ancestors }] of listed.entries()) {
    const view = viewOf(dict, ancestors);
    if (view === null || !paintsOnlyAnImage(objects, ref)) return null;
    pages.push({ number: index + 1, ref, view });
  }
  const info = isRef(root.info) ? objects.get(root.info)?.value : root.info;
  const hasTitle = root.info !== undefined && (!isDict(info) || info.has('Title'));
  return { pages, hasTitle };
}

/** What pdf.js's `page.getViewport({ scale: 1 })` gives for an upright page of this view (its arithmetic, rotation 0). */
export function uprightViewport(view: PageBox): { readonly width: number; readonly height: number; readonly transform: Matrix } {
  const [x0, y0, x1, y1] = view;
  const centerX = (x1 + x0) / 2;
  const centerY = (y1 + y0) / 2;
  const offsetCanvasX = Math.abs(centerX - x0);
  const offsetCanvasY = Math.abs(centerY - y0);
  return { width: x1 - x0, height: y1 - y0, transform: [1, 0, 0, -1, offsetCanvasX - centerX, offsetCanvasY + centerY] };
}

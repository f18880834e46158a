/**
 * Page N's object, box and rotation, read from the file's page tree with pdf-objects.ts, so that
 * showing a stored scan (page-images.ts) needs neither pdf.js (seconds to load in a fresh
 * process) nor its parse of the document. Files whose tree cannot be read this way (catalog or
 * page nodes inside compressed object streams, a damaged trailer…) answer null, and the caller
 * asks pdf.js. Pure: bytes in.
 */
import { isDict, isName, isRef, parseValue, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from '../ingest/pdf-objects.js';
import type { PageBox } from './stored-scan.js';

export interface TreePage {
  readonly ref: PdfRef;
  /** pdf.js's `page.view`: the crop box within the media box. */
  readonly box: PageBox;
  readonly rotate: number;
}

/** Deepest page tree followed; a hostile file cannot loop. */
const MAX_DEPTH = 32;
/** A trailer dictionary is a few hundred bytes. */
const TRAILER_BYTES = 4096;

/** Trailers looked at, from the end (a linearised file names its catalog only in the first one). */
const MAX_TRAILERS = 8;

/** The catalog's reference: from the last trailer naming it, or from the cross-reference stream `startxref` points to. */
function rootOf(objects: PdfObjects): PdfRef | null {
  const { bytes } = objects;
  let trailer = bytes.length;
  for (let tries = 0; tries < MAX_TRAILERS && trailer > 0; tries += 1) {
    trailer = bytes.lastIndexOf('trailer', trailer - 1);
    if (trailer === -1) break;
    const dict = parseValue(bytes.toString('latin1', trailer + 7, trailer + 7 + TRAILER_BYTES));
    const root = isDict(dict) ? dict.get('Root') : undefined;
    if (isRef(root)) return root;
  }
  const start = bytes.lastIndexOf('startxref');
  const offset = start === -1 ? null : /^\s*(\d+)/u.exec(bytes.toString('latin1', start + 9, start + 40));
  const head = offset?.[1] === undefined ? null : /^\s*(\d+)\s+(\d+)\s+obj/u.exec(bytes.toString('latin1', Number(offset[1]), Number(offset[1]) + 40));
  if (head?.[1] === undefined || head[2] === undefined) return null;
  const stream = objects.get({ num: Number(head[1]), gen: Number(head[2]) })?.value;
  const root = isDict(stream) ? stream.get('Root') : undefined;
  return isRef(root) ? root : null;
}

function boxOf(objects: PdfObjects, value: PdfValue | undefined): PageBox | null {
  const array = objects.resolve(value);
  if (!Array.isArray(array) || array.length !== 4) return null;
  const [a, b, c, d] = array.map((each) => objects.resolve(each));
  if (typeof a !== 'number' || typeof b !== 'number' || typeof c !== 'number' || typeof d !== 'number') return null;
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

/** Inheritable attributes met on the way down; the nearest node's wins. */
interface Inherited {
  media?: PdfValue | undefined;
  crop?: PdfValue | undefined;
  rotate?: PdfValue | undefined;
}

function inherit(from: Inherited, node: PdfDict): Inherited {
  return { media: node.get('MediaBox') ?? from.media, crop: node.get('CropBox') ?? from.crop, rotate: node.get('Rotate') ?? from.rotate };
}

function typeOf(node: PdfDict): string | null {
  const type = node.get('Type');
  return isName(type) ? type.name : null;
}

/** The node of page `number` (1-based) under the tree's root, and what it inherits, or null. */
function walk(objects: PdfObjects, pagesRef: PdfRef, number: number): { ref: PdfRef; node: PdfDict; inherited: Inherited } | null {
  let node = objects.get(pagesRef)?.value;
  let inherited: Inherited = {};
  let skip = number - 1;
  for (let depth = 0; depth < MAX_DEPTH && isDict(node) && typeOf(node) === 'Pages'; depth += 1) {
    inherited = inherit(inherited, node);
    const kids = objects.resolve(node.get('Kids'));
    if (!Array.isArray(kids)) return null;
    let next: PdfDict | null = null;
    for (const kid of kids) {
      const child = isRef(kid) ? objects.get(kid)?.value : undefined;
      if (!isRef(kid) || !isDict(child)) return null;
      if (typeOf(child) === 'Pages') {
        const count = objects.resolve(child.get('Count'));
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
        if (skip < count) {
          next = child;
          break;
        }
        skip -= count;
      } else if (skip === 0) {
        return typeOf(child) === 'Page' ? { ref: kid, node: child, inherited: inherit(inherited, child) } : null;
      } else skip -= 1;
    }
    node = next ?? undefined;
  }
  return null;
}

/** Page `number`'s object, box and rotation, or null when the tree cannot be read here. */
export function findPage(objects: PdfObjects, number: number): TreePage | null {
  const root = rootOf(objects);
  const catalog = root === null ? undefined : objects.get(root)?.value;
  const pages = isDict(catalog) ? catalog.get('Pages') : undefined;
  const found = isRef(pages) ? walk(objects, pages, number) : null;
  if (found === null) return null;
  const media = boxOf(objects, found.inherited.media);
  const crop = found.inherited.crop === undefined ? media : boxOf(objects, found.inherited.crop);
  const rotate = found.inherited.rotate === undefined ? 0 : objects.resolve(found.inherited.rotate);
  if (media === null || crop === null || typeof rotate !== 'number') return null;
  // As pdf.js: the crop box clipped to the media box (the media box alone when they do not meet).
  const clipped: PageBox = [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])];
  const box = clipped[2] > clipped[0] && clipped[3] > clipped[1] ? clipped : media;
  return { ref: found.ref, box, rotate };
}

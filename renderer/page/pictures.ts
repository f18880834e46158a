/**
 * Page pictures: each page painted once, at the screen's resolution, into a canvas of its own that
 * is put on the page as it is when the page is shown. Painting ahead (the next page while the
 * person works on this one) therefore leaves nothing to do when the page turns: no copy of a
 * bitmap, no decoding of a scan, which a bitmap defers to its first drawing. A few pages are kept
 * (each a few megabytes), so a page seen a moment ago shows at once too.
 */

const PICTURES_KEPT = 6;

interface Entry {
  readonly pending: Promise<HTMLCanvasElement>;
  /** Set once painted: a page turn to it shows it in the same frame, without waiting on a promise. */
  ready?: HTMLCanvasElement;
}

const pictures = new Map<string, Entry>();

/** Frees a dropped picture's pixels at once, unless it is the one on screen. */
function release(canvas: HTMLCanvasElement | undefined): void {
  if (canvas === undefined || canvas.isConnected) return;
  canvas.width = 0;
  canvas.height = 0;
}

/** The picture under `key`, painted by `paint` the first time; failures are not kept. */
export function cachedPicture(key: string, paint: () => Promise<HTMLCanvasElement>): Promise<HTMLCanvasElement> {
  const known = pictures.get(key);
  if (known !== undefined) {
    pictures.delete(key);
    pictures.set(key, known); // most recently used last
    return known.pending;
  }
  const entry: Entry = { pending: paint() };
  entry.pending.then(
    (canvas) => {
      if (pictures.get(key) === entry) entry.ready = canvas;
    },
    () => pictures.get(key) === entry && pictures.delete(key),
  );
  pictures.set(key, entry);
  for (const [old, each] of pictures) {
    if (pictures.size <= PICTURES_KEPT) break;
    pictures.delete(old);
    release(each.ready);
  }
  return entry.pending;
}

/** The picture under `key` if it is already painted (kept as most recently used), else undefined. */
export function readyPicture(key: string): HTMLCanvasElement | undefined {
  const known = pictures.get(key);
  if (known?.ready === undefined) return undefined;
  pictures.delete(key);
  pictures.set(key, known);
  return known.ready;
}

/** A canvas of `width` × `height` device pixels, shown at CSS size = pixels / device pixel ratio. */
export function pageCanvas(width: number, height: number): HTMLCanvasElement {
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.style.width = `${Math.floor(width / ratio)}px`;
  canvas.style.height = `${Math.floor(height / ratio)}px`;
  return canvas;
}

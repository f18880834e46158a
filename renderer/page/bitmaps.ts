/**
 * Page bitmaps at the screen's resolution, kept so that a page already seen, or read ahead (the
 * next one is painted while the person works on this one), shows at once. A few pages only: each
 * is a few megabytes.
 */

const BITMAPS_KEPT = 6;
const bitmaps = new Map<string, Promise<ImageBitmap>>();

/** The bitmap under `key`, made by `make` the first time; failures are not kept. */
export function cachedBitmap(key: string, make: () => Promise<ImageBitmap>): Promise<ImageBitmap> {
  let pending = bitmaps.get(key);
  if (pending !== undefined) {
    bitmaps.delete(key);
    bitmaps.set(key, pending); // most recently used last
    return pending;
  }
  pending = make();
  pending.catch(() => bitmaps.delete(key));
  bitmaps.set(key, pending);
  for (const [old, bitmap] of bitmaps) {
    if (bitmaps.size <= BITMAPS_KEPT) break;
    bitmaps.delete(old);
    void bitmap.then((each) => each.close()).catch(() => undefined);
  }
  return pending;
}

/** Draws a page bitmap into `canvas`, at CSS size = bitmap pixels / device pixel ratio. */
export function drawBitmap(canvas: HTMLCanvasElement, bitmap: ImageBitmap): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.style.width = `${Math.floor(bitmap.width / ratio)}px`;
  canvas.style.height = `${Math.floor(bitmap.height / ratio)}px`;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
}

/**
 * A scanned page shown from its stored image (PNG or JPEG, from main's `getPageImage`): the
 * browser decodes and scales it natively, off the main thread, straight to the size it is shown
 * at, where pdf.js would inflate and convert the scan in JavaScript first.
 */
import type { PageImageData } from '../../main/api/contract.js';
import { bytesOf } from './base64.js';
import { pageCanvas } from './pictures.js';

/** A stored scan as the page keeps it until it is painted: its file in a Blob, out of the JS heap. */
export interface ScanImage {
  readonly blob: Blob;
  readonly placement: PageImageData['placement'];
}

/** The image main sent (base64 in JSON) as a Blob: the megabyte of text can then be collected. */
export function scanImageOf(image: PageImageData): ScanImage {
  return { blob: new Blob([bytesOf(image.base64)], { type: image.mediaType }), placement: image.placement };
}

/**
 * The page, `width` × `height` device pixels, with the scan where the PDF places it on white
 * paper, drawn into the canvas it will be shown in. Drawn here, while the page is painted ahead:
 * a decoded bitmap is only converted to the screen's pixels when first drawn, which would
 * otherwise happen on the main thread when the page turns.
 */
export async function scanCanvas(image: ScanImage, width: number, height: number): Promise<HTMLCanvasElement> {
  const { blob } = image;
  const { left, top, width: across, height: down } = image.placement;
  const whole = Math.abs(left) < 1e-3 && Math.abs(top) < 1e-3 && Math.abs(across - 1) < 1e-3 && Math.abs(down - 1) < 1e-3;
  const placed = { width: Math.max(1, Math.round(across * width)), height: Math.max(1, Math.round(down * height)) };
  const scan = await createImageBitmap(blob, { resizeWidth: placed.width, resizeHeight: placed.height, resizeQuality: 'high' });
  const canvas = pageCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  if (!whole) {
    // A scan that does not cover the page: drawn where the PDF puts it, on a white page.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
  }
  context.drawImage(scan, whole ? 0 : Math.round(left * width), whole ? 0 : Math.round(top * height));
  scan.close();
  return canvas;
}

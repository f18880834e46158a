/**
 * File names an export writes from document names (`text`: one `.txt` per document; `txm`: one
 * per work). A document's name is whatever its file was called, on any system: on Windows, a
 * `.txt` named `CON`, `NUL`, `COM1` or `LPT1` (whatever follows the first dot) opens a device
 * instead of a file, a name ending in a dot or a space is saved under another name than asked,
 * `< > : " / \ | ? *` are refused, and control or bidirectional characters either fail or make a
 * name read backwards. Every name is made portable here, the same on every OS, and unique where
 * file systems fold case (Windows, macOS) or Unicode normalisation (macOS: `é` typed two ways is
 * one file).
 */

/** Characters a portable name never holds: controls, what Windows forbids, both slashes, invisible format characters. */
// eslint-disable-next-line no-control-regex -- the control characters are what is replaced
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Windows device names, reserved whatever follows their first dot (and spaces before it). */
export const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)\s*(?:\.|$)/iu;

/** Longest stem kept, in UTF-8 bytes: room for `-NNNN.txt` under the usual 255-byte limit. */
export const MAX_STEM_BYTES = 200;

function cut(stem: string, maxBytes: number): string {
  if (Buffer.byteLength(stem) <= maxBytes) return stem;
  let kept = '';
  for (const char of stem) {
    if (Buffer.byteLength(kept + char) > maxBytes) break;
    kept += char;
  }
  return kept;
}

/** `stem` as a file name stem safe on every file system: never empty, never a device, never ending in a dot or space. */
export function portableStem(stem: string): string {
  const cleaned = cut(stem.normalize('NFC').replace(UNSAFE, '_'), MAX_STEM_BYTES).trim().replace(/[. ]+$/u, '');
  if (cleaned === '') return 'document';
  return WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** How file systems that fold case and normalisation compare two names. */
function folded(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Hands out portable stems, each unique as a case- and normalisation-insensitive disk sees it (`-2`, `-3`… added). */
export class PortableNames {
  private readonly used = new Set<string>();

  next(stem: string): string {
    const base = portableStem(stem);
    let name = base;
    for (let n = 2; this.used.has(folded(name)); n += 1) name = `${base}-${n}`;
    this.used.add(folded(name));
    return name;
  }
}

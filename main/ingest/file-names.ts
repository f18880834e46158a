/**
 * File names that are not valid UTF-8. Linux names are bytes: a file copied from an old Windows
 * share or a zip archive keeps `é` as the single Latin-1 byte 0xE9. Node decodes such a name
 * into a string with U+FFFD in place of the byte, and that string opens nothing (an import said
 * "the file no longer exists"). Such a name is shown with each byte that is not part of valid
 * UTF-8 written `\xE9` (and a backslash as `\\`), the name's real bytes kept beside it for
 * opening the file. Pure.
 */

const STRICT = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence led by `lead`, or 0 when it cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether `bytes` is valid UTF-8 (what a string round-trips to). */
export function isUtf8Name(bytes: Uint8Array): boolean {
  try {
    STRICT.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What an escape looks like: a valid name holding this text has its backslashes doubled. */
const LOOKS_ESCAPED = /\\x[0-9A-Fa-f]{2}/u;

/**
 * A name's bytes as a string: valid UTF-8 as it is; otherwise each byte outside a valid
 * sequence written `\xHH` and each backslash `\\`. A valid name that holds text like an escape
 * (`\xE9` written out) has its backslashes doubled too, so two different names never show alike.
 */
export function shownName(bytes: Uint8Array): string {
  if (isUtf8Name(bytes)) {
    const text = Buffer.from(bytes).toString('utf8');
    return LOOKS_ESCAPED.test(text) ? text.replaceAll('\\', '\\\\') : text;
  }
  let shown = '';
  for (let at = 0; at < bytes.length; ) {
    const length = sequenceLength(bytes[at] as number);
    const sequence = length === 0 ? null : bytes.subarray(at, at + length);
    if (sequence !== null && sequence.length === length && isUtf8Name(sequence)) {
      const text = Buffer.from(sequence).toString('utf8');
      shown += text === '\\' ? '\\\\' : text;
      at += length;
    } else {
      shown += `\\x${(bytes[at] as number).toString(16).toUpperCase().padStart(2, '0')}`;
      at += 1;
    }
  }
  return shown;
}

/**
 * The streams of a file encrypted by the standard security handler with an empty user password
 * (a file anyone may open, often only restricted from printing or copying), decrypted for the
 * screens that read streams before pdf.js does (file-screen.ts). Encrypted, a stream is noise to a
 * screen: a page drawing a 10 MB string in a 21 KB encrypted file passed the long-string screen,
 * and pdf.js, which decrypts it, then took the document thread past its heap in one allocation,
 * which aborts the whole import. RC4 and AES-128 (revisions 2 to 4) and AES-256 (revisions 5 and
 * 6) are read; a file that needs a real password gets no decryptor (pdf.js refuses it, ENCRYPTED,
 * without reading a page). Bytes in, bytes out.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { isDict, isName, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from './pdf-objects.js';

/** Decrypts the streams of one file. */
export interface StreamDecryptor {
  /** One stream's bytes, given its object number and generation; null when they do not decrypt. */
  readonly decrypt: (object: PdfRef, data: Buffer) => Buffer | null;
  /** Whether a stream written with this dictionary was left unencrypted (cross-reference streams; metadata when the file says so). */
  readonly leftPlain: (dictionary: string) => boolean;
}

/** The padding string of the standard security handler (algorithm 2). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** RC4, which Node's OpenSSL 3 no longer offers by default. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const state = new Uint8Array(256);
  for (let index = 0; index < 256; index += 1) state[index] = index;
  for (let index = 0, swap = 0; index < 256; index += 1) {
    swap = (swap + state[index]! + key[index % key.length]!) & 0xff;
    [state[index], state[swap]] = [state[swap]!, state[index]!];
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let index = 0, a = 0, b = 0; index < data.length; index += 1) {
    a = (a + 1) & 0xff;
    b = (b + state[a]!) & 0xff;
    [state[a], state[b]] = [state[b]!, state[a]!];
    out[index] = data[index]! ^ state[(state[a]! + state[b]!) & 0xff]!;
  }
  return out;
}

/** AES-CBC with the IV in the first 16 bytes; null when the data does not decrypt. */
function aesCbc(key: Buffer, written: Buffer): Buffer | null {
  // Whole blocks only: a body whose length was not known still holds its end of line.
  const data = written.subarray(0, written.length - (written.length % 16));
  if (data.length < 32) return data.length === 16 ? Buffer.alloc(0) : null;
  try {
    const decipher = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16));
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** A PDF string's bytes (literal with its escapes, or hex) written at `at` in `text`, or null. */
export function pdfStringAt(text: Buffer, at: number): Buffer | null {
  let index = at;
  while (index < text.length && (text[index] === 0x20 || text[index] === 0x0a || text[index] === 0x0d || text[index] === 0x09)) index += 1;
  if (text[index] === 0x3c) {
    const end = text.indexOf(0x3e, index);
    if (end === -1) return null;
    const hex = text.toString('latin1', index + 1, end).replace(/[^0-9A-Fa-f]/gu, '');
    return Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
  }
  if (text[index] !== 0x28) return null;
  const out: number[] = [];
  let depth = 1;
  const escapes: Readonly<Record<number, number>> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
  for (index += 1; index < text.length; index += 1) {
    const byte = text[index]!;
    if (byte === 0x5c) {
      const next = text[++index];
      if (next === undefined) return null;
      if (next >= 0x30 && next <= 0x37) {
        let value = next - 0x30;
        for (let digits = 1; digits < 3 && text[index + 1]! >= 0x30 && text[index + 1]! <= 0x37; digits += 1) value = value * 8 + (text[++index]! - 0x30);
        out.push(value & 0xff);
      } else if (next === 0x0d) {
        if (text[index + 1] === 0x0a) index += 1;
      } else if (next !== 0x0a) out.push(escapes[next] ?? next);
      continue;
    }
    if (byte === 0x28) depth += 1;
    else if (byte === 0x29 && --depth === 0) return Buffer.from(out);
    out.push(byte);
  }
  return null;
}

/** The string value of `key` in the dictionary text `text` (the first one written), or null. */
function stringEntry(text: Buffer, key: string): Buffer | null {
  const match = new RegExp(`/${key}(?=[\\s(<])`, 'u').exec(text.toString('latin1'));
  return match === null ? null : pdfStringAt(text, match.index + key.length + 1);
}

/** The text of the last definition of object `ref`, up to its `endobj` (at most 64 KB). */
function objectText(objects: PdfObjects, ref: PdfRef): Buffer | null {
  const { bytes } = objects;
  const head = Buffer.from(`${ref.num} ${ref.gen} obj`, 'latin1');
  for (let at = bytes.lastIndexOf(head); at !== -1; at = at > 0 ? bytes.lastIndexOf(head, at - 1) : -1) {
    if (at > 0 && bytes[at - 1]! >= 0x30 && bytes[at - 1]! <= 0x39) continue; // `11 0 obj` when looking for `1 0 obj`
    const end = bytes.indexOf('endobj', at);
    return bytes.subarray(at + head.length, end === -1 ? Math.min(bytes.length, at + 65_536) : Math.min(end, at + 65_536));
  }
  return null;
}

const numberOf = (value: PdfValue | undefined, fallback: number): number => (typeof value === 'number' ? value : fallback);
const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();

/** Algorithm 2.B (revision 6): the hash of an (empty) password with a salt. */
function hashR6(password: Buffer, salt: Buffer): Buffer {
  let key = createHash('sha256').update(Buffer.concat([password, salt])).digest();
  for (let round = 0; ; round += 1) {
    const block = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, key])));
    const cipher = createCipheriv('aes-128-cbc', key.subarray(0, 16), key.subarray(16, 32));
    cipher.setAutoPadding(false);
    const encrypted = Buffer.concat([cipher.update(block), cipher.final()]);
    let sum = 0;
    for (let index = 0; index < 16; index += 1) sum += encrypted[index]!;
    key = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(encrypted).digest();
    if (round >= 63 && encrypted[encrypted.length - 1]! <= round - 31) return key.subarray(0, 32);
  }
}

/** The file key of revisions 5 and 6 for the empty user password, or null when that is not the password. */
function keyR56(revision: number, user: Buffer, userKey: Buffer): Buffer | null {
  if (user.length < 48 || userKey.length < 32) return null;
  const empty = Buffer.alloc(0);
  const hash = (salt: Buffer): Buffer => (revision === 5 ? createHash('sha256').update(salt).digest() : hashR6(empty, salt));
  if (!hash(user.subarray(32, 40)).equals(user.subarray(0, 32))) return null;
  const intermediate = hash(user.subarray(40, 48));
  const decipher = createDecipheriv('aes-256-cbc', intermediate, Buffer.alloc(16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(userKey.subarray(0, 32)), decipher.final()]);
}

/** The file key of revisions 2 to 4 for the empty user password (algorithm 2), or null when that is not the password. */
function keyR24(revision: number, dict: PdfDict, owner: Buffer, user: Buffer, id: Buffer): Buffer | null {
  const length = revision === 2 ? 5 : Math.min(16, Math.max(5, Math.floor(numberOf(dict.get('Length'), 40) / 8)));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(numberOf(dict.get('P'), 0) | 0);
  const plainMetadata = revision >= 4 && dict.get('EncryptMetadata') === false ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : Buffer.alloc(0);
  let key = md5(PAD, owner.subarray(0, 32), permissions, id, plainMetadata);
  if (revision >= 3) for (let round = 0; round < 50; round += 1) key = md5(key.subarray(0, length));
  key = key.subarray(0, length);
  // Algorithms 4 and 5: the key must turn the padding (and the ID) into the first bytes of /U.
  if (revision === 2) return rc4(key, PAD).equals(user.subarray(0, 32)) ? key : null;
  let check = rc4(key, md5(PAD, id));
  for (let round = 1; round <= 19; round += 1) check = rc4(Buffer.from(key.map((byte) => byte ^ round)), check);
  return check.equals(user.subarray(0, 16)) ? key : null;
}

/** The crypt filter method of streams (`/StmF` in `/CF`): V2 (RC4), AESV2, AESV3, or None (Identity). */
function streamMethod(dict: PdfDict, version: number): string {
  if (version < 4) return 'V2';
  const name = dict.get('StmF');
  if (!isName(name) || name.name === 'Identity') return 'None';
  const filters = dict.get('CF');
  const filter = isDict(filters) ? filters.get(name.name) : undefined;
  const method = isDict(filter) ? filter.get('CFM') : undefined;
  return isName(method) ? method.name : 'None';
}

/** The first ID of the file (its trailer's, or its cross-reference stream's), empty when none. */
function firstId(bytes: Buffer): Buffer {
  const at = bytes.lastIndexOf('/ID');
  if (at === -1) return Buffer.alloc(0);
  const open = bytes.indexOf('[', at);
  return open === -1 || open > at + 16 ? Buffer.alloc(0) : (pdfStringAt(bytes, open + 1) ?? Buffer.alloc(0));
}

/**
 * The stream decryptor of a file encrypted by the standard handler with an empty user password;
 * null when the file is not encrypted, needs a password, or uses another handler.
 */
export function emptyPasswordDecryptor(objects: PdfObjects): StreamDecryptor | null {
  const { bytes } = objects;
  const written = bytes.lastIndexOf('/Encrypt');
  if (written === -1) return null;
  const ref = /^\/Encrypt\s*(\d{1,10})\s+(\d{1,5})\s+R/u.exec(bytes.toString('latin1', written, written + 40));
  if (ref === null) return null;
  const encryptRef: PdfRef = { num: Number(ref[1]), gen: Number(ref[2]) };
  const dict = objects.get(encryptRef)?.value;
  const text = objectText(objects, encryptRef);
  if (!isDict(dict) || text === null || !isName(dict.get('Filter')) || (dict.get('Filter') as { name: string }).name !== 'Standard') return null;
  const version = numberOf(dict.get('V'), 0);
  const revision = numberOf(dict.get('R'), 0);
  const owner = stringEntry(text, 'O');
  const user = stringEntry(text, 'U');
  if (owner === null || user === null) return null;
  const method = streamMethod(dict, version);
  if (method === 'None') return null;
  const plainMetadata = dict.get('EncryptMetadata') === false;
  if (revision >= 5) {
    const userKey = stringEntry(text, 'UE');
    const key = userKey === null ? null : keyR56(revision, user, userKey);
    return key === null ? null : { decrypt: (_object, data) => aesCbc(key, data), leftPlain: (dictionary) => leftPlain(dictionary, plainMetadata) };
  }
  const key = keyR24(revision, dict, owner, user, firstId(bytes));
  if (key === null) return null;
  const aes = method === 'AESV2';
  const decrypt = (object: PdfRef, data: Buffer): Buffer | null => {
    const salt = Buffer.alloc(5);
    salt.writeUIntLE(object.num & 0xffffff, 0, 3);
    salt.writeUInt16LE(object.gen & 0xffff, 3);
    const objectKey = md5(key, salt, aes ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0)).subarray(0, Math.min(16, key.length + 5));
    return aes ? aesCbc(objectKey, data) : rc4(objectKey, data);
  };
  return { decrypt, leftPlain: (dictionary) => leftPlain(dictionary, plainMetadata) };
}

/** Streams left unencrypted in an encrypted file: cross-reference streams, and metadata when the file says so. */
function leftPlain(dictionary: string, plainMetadata: boolean): boolean {
  return /\/Type\s*\/XRef\b/u.test(dictionary) || (plainMetadata && /\/Type\s*\/Metadata\b/u.test(dictionary));
}

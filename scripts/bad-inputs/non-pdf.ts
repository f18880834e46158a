/**
 * Tiny, valid non-PDF files (a PNG image, a ZIP archive, UTF-8 text) written with Node alone, so
 * the "renamed to .pdf" inputs need no image or archive tool and are byte-identical on every run.
 */
import { crc32, deflateSync } from 'node:zlib';

/** A 64×64 grayscale PNG (a dark square on white): signature, IHDR, IDAT, IEND. */
export function makePng(): Buffer {
  const size = 64;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size, 0xff);
    row[0] = 0; // filter type "None"
    if (y >= 16 && y < 48) row.fill(0x20, 1 + 16, 1 + 48);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // colour type: grayscale
  // Bytes 10–12 (compression, filter, interlace) stay 0.
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A ZIP holding one stored (uncompressed) text file. The DOS timestamp is fixed at 1980-01-01
 * 00:00 so the archive does not change between runs.
 */
export function makeZip(entryName: string, content: Buffer): Buffer {
  const name = Buffer.from(entryName, 'utf8');
  const checksum = crc32(content);
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1; // year 1980 + 0, January, day 1
  const utf8Flag = 0x0800;

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0
  local.writeUInt16LE(utf8Flag, 6);
  local.writeUInt16LE(0, 8); // method: stored
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(checksum, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28); // extra field length

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // version made by
  central.writeUInt16LE(20, 6); // version needed
  central.writeUInt16LE(utf8Flag, 8);
  central.writeUInt16LE(0, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(checksum, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(name.length, 28);
  // Extra/comment lengths, disk number, attributes and local header offset (0) stay 0.

  const localRecord = Buffer.concat([local, name, content]);
  const centralRecord = Buffer.concat([central, name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8); // entries on this disk
  end.writeUInt16LE(1, 10); // entries in total
  end.writeUInt32LE(centralRecord.length, 12);
  end.writeUInt32LE(localRecord.length, 16); // central directory offset
  return Buffer.concat([localRecord, centralRecord, end]);
}

/** French prose in UTF-8 (accents, guillemets, an apostrophe) that is obviously not a PDF. */
export const FRENCH_TEXT = [
  'Compte rendu de la réunion du PTCE, le 13 mai 2025.',
  'Ce fichier est un texte brut en UTF-8 : il a seulement été renommé en « .pdf ».',
  "26 réunions ont eu lieu cette année ; l'équipe compte 4,5 ETP.",
  '',
].join('\n');

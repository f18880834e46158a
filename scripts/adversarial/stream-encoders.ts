/**
 * Encoders for the PDF filters other than Flate (LZW, ASCIIHex, ASCII85, RunLength), for hostile
 * files whose streams must hold what the Flate-only screens do not see. Bytes in, bytes out; each
 * writes what pdf.js decodes (LZW with the default EarlyChange 1, a Clear code whenever the table is full).
 */

/** LZWDecode with EarlyChange 1: a Clear code, then codes of 9 to 12 bits, a Clear code again each time the table is full. */
export function lzwEncode(input: Uint8Array): Buffer {
  const out: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  const write = (code: number, width: number): void => {
    bitBuffer = (bitBuffer << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      bitCount -= 8;
      out.push((bitBuffer >>> bitCount) & 0xff);
    }
    bitBuffer &= (1 << bitCount) - 1;
  };
  const table = new Map<string, number>();
  let next = 258;
  // The width the decoder reads the next code with (EarlyChange 1: one code early).
  const width = (): number => (next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9);
  write(256, 9);
  let prefix = -1;
  for (const byte of input) {
    if (prefix === -1) {
      prefix = byte;
      continue;
    }
    const key = `${prefix},${byte}`;
    const found = table.get(key);
    if (found !== undefined) {
      prefix = found;
      continue;
    }
    write(prefix, width());
    table.set(key, next++);
    if (next === 4093) {
      // A full table: start again (Clear), as encoders do, rather than rely on how a decoder treats a full one.
      write(256, width());
      table.clear();
      next = 258;
    }
    prefix = byte;
  }
  if (prefix !== -1) write(prefix, width());
  write(257, width());
  if (bitCount > 0) out.push((bitBuffer << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

/** RunLengthDecode: runs of up to 128 equal bytes in two bytes, the rest as literal runs. */
export function runLengthEncode(input: Uint8Array): Buffer {
  const out: number[] = [];
  let index = 0;
  while (index < input.length) {
    let run = 1;
    while (run < 128 && index + run < input.length && input[index + run] === input[index]) run += 1;
    if (run > 1) {
      out.push(257 - run, input[index]!);
      index += run;
      continue;
    }
    const start = index;
    while (index < input.length && index - start < 128 && !(index + 1 < input.length && input[index + 1] === input[index])) index += 1;
    if (index === start) index += 1;
    out.push(index - start - 1, ...input.subarray(start, index));
  }
  out.push(128);
  return Buffer.from(out);
}

/** ASCIIHexDecode: two hex digits a byte, a newline every 64 digits, `>` at the end. */
export function asciiHexEncode(input: Uint8Array): Buffer {
  const hex = Buffer.from(input).toString('hex');
  return Buffer.from(`${hex.replace(/.{64}/gu, '$&\n')}>`, 'latin1');
}

/** ASCII85Decode: groups of four bytes as five characters (`z` for four zero bytes), `~>` at the end. */
export function ascii85Encode(input: Uint8Array): Buffer {
  const parts: string[] = [];
  for (let index = 0; index < input.length; index += 4) {
    const group = input.subarray(index, index + 4);
    const padded = Buffer.alloc(4);
    padded.set(group);
    const value = padded.readUInt32BE(0);
    if (value === 0 && group.length === 4) {
      parts.push('z');
      continue;
    }
    let rest = value;
    const chars = new Array<string>(5);
    for (let at = 4; at >= 0; at -= 1) {
      chars[at] = String.fromCharCode(33 + (rest % 85));
      rest = Math.floor(rest / 85);
    }
    parts.push(chars.slice(0, group.length + 1).join(''));
  }
  return Buffer.from(`${parts.join('').replace(/.{72}/gu, '$&\n')}~>`, 'latin1');
}

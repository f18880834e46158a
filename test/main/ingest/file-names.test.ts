import { describe, expect, it } from 'vitest';
import { isUtf8Name, shownName } from '../../../main/ingest/file-names.js';

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('shownName', () => {
  it('keeps a UTF-8 name as it is, backslashes included', () => {
    expect(shownName(bytes('rapport-été.pdf'))).toBe('rapport-été.pdf');
    expect(shownName(bytes('a\\b.pdf'))).toBe('a\\b.pdf');
    expect(isUtf8Name(bytes('🙂.pdf'))).toBe(true);
  });

  it('doubles the backslashes of a UTF-8 name that holds text like an escape', () => {
    expect(shownName(bytes('a\\xE9.pdf'))).toBe('a\\\\xE9.pdf');
  });

  it('writes each byte outside valid UTF-8 as \\xHH, and then a backslash as \\\\', () => {
    expect(shownName(bytes('rapport-', [0xe9], 't', [0xe9], '.pdf'))).toBe('rapport-\\xE9t\\xE9.pdf');
    expect(shownName(bytes('é', [0xff], '.pdf'))).toBe('é\\xFF.pdf');
    expect(shownName(bytes('a\\', [0xe9]))).toBe('a\\\\\\xE9');
    // A cut sequence (the lead of a 3-byte character, then ASCII) and an overlong one.
    expect(shownName(bytes([0xe2, 0x82], 'x'))).toBe('\\xE2\\x82x');
    expect(shownName(bytes([0xc0, 0xaf]))).toBe('\\xC0\\xAF');
  });

  it('never shows two different names alike', () => {
    const names = [bytes([0xe9]), bytes([0xe8]), bytes('\\xE9'), bytes('\\', [0xe9]), bytes([0x5c, 0x78, 0x45, 0x39, 0xff])];
    expect(new Set(names.map(shownName)).size).toBe(names.length);
  });
});

/**
 * File names, paths and texts as the CLI prints them, and as every CSV export writes its cells. A file may be named with any character but
 * `/` and NUL: a tab or a line break in a name split its tab-separated result line in two (a
 * script reading the output then lost or misread a document), an escape sequence (`ESC[2J`…)
 * reached the terminal and acted there, and a bidirectional override (U+202E) made
 * `rapport‮fdp.exe` read backwards. Each such character is printed as a visible escape instead:
 * `\t`, `\n`, `\r`, `\xHH` for other control characters, `\u{HHHH}` for the invisible format
 * characters that reorder or hide text. The name stored in the corpus is left as it is.
 */

/** Control characters (C0, DEL, C1) and the format characters that reorder or hide text. */
// eslint-disable-next-line no-control-regex -- the control characters are what is escaped
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** `text` with every control or reordering character written as a visible escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/**
 * The same, for a CSV cell: a cell is quoted, so the line breaks and tabs it holds are its own
 * (a multi-line context, a page's table) and stay; every other control character and every
 * invisible format character is escaped. A document named `rapport\u202efdp.exe.pdf` otherwise
 * reads `rapportexe.pdf` in a spreadsheet, and an escape sequence acts in a terminal showing the
 * file. The name stored in the corpus is left as it is.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is escaped
const UNPRINTABLE_IN_CELL = /[\u0000-\u0008\u000e-\u001b\u001f\u007f-\u0084\u0086-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

export function printableCell(text: string): string {
  return text.replace(UNPRINTABLE_IN_CELL, escape);
}

/** One tab-separated output line: each field made printable, so that a field never holds a tab or a line break. */
export function tabLine(...fields: readonly (string | number)[]): string {
  return `${fields.map((field) => printable(String(field))).join('\t')}\n`;
}

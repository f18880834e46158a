/**
 * Names as the app shows them. A document's file name (and its title, read from the PDF's
 * metadata or first line) is anybody's text: a bidirectional override (U+202E) makes
 * `rapport‹U+202E›fdp.exe.pdf` read `rapportexe.pdf`, an isolate or a zero-width character
 * hides part of a name, a control character breaks the line. The corpus keeps the real name;
 * the app shows each such character as the visible escape the CLI prints and the CSV exports
 * write (`\u{202e}`, `\x1b`, `\t`: main/util/printable.ts; a test keeps the two sets equal —
 * the renderer may not import main/).
 */

// eslint-disable-next-line no-control-regex -- the control characters are what is escaped
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** `name` with every control or invisible format character written as a visible escape. */
export function shownName(name: string): string {
  return name.replace(UNSHOWABLE, escape);
}

/** What the library and the review show as a document's name: its title, else its file name. */
export function documentName(document: { readonly title: string | null; readonly fileName: string }): string {
  return shownName(document.title ?? document.fileName);
}

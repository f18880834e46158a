/**
 * Names and text as the app shows them. A document's file name (and its title, read from the PDF's
 * metadata or first line), its page text and its mentions' text are anybody's text: a bidirectional override (U+202E) makes
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

/** One line of page text (a mention, its context): runs of white space as one space, then `shownName`. */
export function shownLine(text: string): string {
  // A BOM counts as white space for JavaScript: it is escaped, not folded away.
  return shownName(text.replace(/[^\S\ufeff]+/gu, ' '));
}

/** Unicode's pictures of the C0 controls (␀…␟) and of DEL (␡). */
const CONTROL_PICTURES = 0x2400;
const DELETE_PICTURE = '\u2421';
/** Stands for any other character that is not shown (a bidi control, a zero-width character). */
const REPLACEMENT = '\ufffd';

function inPlace(char: string): string {
  const code = char.charCodeAt(0);
  if (char === '\t' || char === '\n' || char === '\r') return char;
  if (code < 0x20) return String.fromCharCode(CONTROL_PICTURES + code);
  return code === 0x7f ? DELETE_PICTURE : REPLACEMENT;
}

/**
 * `text` with each control or invisible format character replaced by one visible character of
 * the same length (a control picture, else U+FFFD), tab and line breaks kept: for text whose
 * offsets matter, as the page's text layer, whose spans are mapped back to offsets in the stored
 * text when the reviewer selects in them. Every such character is one UTF-16 unit.
 */
export function shownInPlace(text: string): string {
  return text.replace(UNSHOWABLE, inPlace);
}

/**
 * `text` cut into what is shown as it is and the characters shown as escapes (with their
 * escape), for text shown whole on screen, tab and line breaks kept (the page text shown when
 * the original is missing).
 */
export function shownPieces(text: string): { readonly text: string; readonly escaped: boolean }[] {
  const pieces: { text: string; escaped: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(UNSHOWABLE)) {
    const char = match[0];
    if (char === '\t' || char === '\n' || char === '\r') continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), escaped: false });
    pieces.push({ text: escape(char), escaped: true });
    last = match.index + char.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), escaped: false });
  return pieces;
}

/** What the library and the review show as a document's name: its title, else its file name. */
export function documentName(document: { readonly title: string | null; readonly fileName: string }): string {
  return shownName(document.title ?? document.fileName);
}

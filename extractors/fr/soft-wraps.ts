/**
 * Soft line wraps: a text layer (and OCR) breaks a paragraph wherever the column ends, so a
 * phrase may straddle a line break the writer never put there, and the rules that stop at a line
 * end stop inside it. A break is read as the space it replaced only inside running prose: the
 * line before runs to about the page's column width and ends on a lower-case word (no sentence
 * end, no name, no label), and the next line goes on with a lower-case word. Everything else keeps
 * its break, which the line-anchored rules read: headings, list entries and slide bullets (short
 * lines), labels and entries with a separator, table rows, a page's first and last two lines
 * (running headers and footers), and every break next to a capital —
 * there a break is evidence of a name's edge as often as a wrap inside one (tried in session 23:
 * joining before capitals too cost the tuning sets' organisations more than it found). One
 * character for one: every offset is kept.
 */
import type { TextEdit } from '../core/edit-map.js';

/** Lines shorter than this are never taken for a full column line (a page of short lines has no prose). */
const MIN_COLUMN = 40;
/** A line is full when it reaches this share of the page's column width (the next word did not fit). */
const FULL_SHARE = 0.75;
/** Too few long lines on a page to tell its column width: nothing is joined. */
const MIN_LONG_LINES = 3;
/**
 * The line ends on a word all in lower case (a comma and one space allowed after it): the wrap falls
 * inside running prose. An elided article before a capital (`d'Ensemble`) is a name's start, and
 * two or more trailing spaces would leave a gap the table rules read as a cell's edge.
 */
const PROSE_END = /(?:^|\s)\p{Ll}[\p{Ll}'-]*,? ?$/u;
/** The next line goes on with a lower-case word, not an elided article before a capital (`d'Ensemble`). */
const PROSE_START = /^\s*\p{Ll}(?!['’]\p{Lu})/u;
/** A label or list separator: an entry line (`Région - Nom`, `Mot : suite`) keeps its breaks. */
const ENTRY_SEPARATOR = /\s[:–—|-]\s/u;
/** A table row (cells apart by wide gaps) keeps its break. */
const TABLE_GAP = /\S(?: {3,}|\t)\S/u;

/** The page's column width: the longest lines' typical length (the 90th percentile of lines ≥ MIN_COLUMN). */
function columnWidth(lengths: readonly number[]): number | null {
  const long = lengths.filter((length) => length >= MIN_COLUMN).sort((a, b) => a - b);
  if (long.length < MIN_LONG_LINES) return null;
  return long[Math.min(long.length - 1, Math.floor(long.length * 0.9))] ?? null;
}

const isEntryOrRow = (line: string): boolean => ENTRY_SEPARATOR.test(line) || TABLE_GAP.test(line);

const WHITE_SPACE = /\s/u;

/**
 * `PROSE_END.test(line)`, tried at one place. A match takes no white space but its first character and one space
 * at the end, so it starts at the line's last white space before that space (or at the line's start when there is
 * none): tried there only, not at every place of the line (speed only: the same answer).
 */
function endsInProse(line: string): boolean {
  const end = line.endsWith(' ') ? line.length - 1 : line.length;
  let start = end;
  while (start > 0 && !WHITE_SPACE.test(line.charAt(start - 1))) start -= 1;
  return PROSE_END.test(start === 0 ? line : line.slice(start - 1));
}

/**
 * Whether the break between `line` and `next` is a soft wrap inside running prose. The next line's start is read
 * before the line's end: PROSE_START and PROSE_END (`endsInProse`) are each tried at one place.
 */
function isSoftWrap(line: string, next: string, width: number): boolean {
  return line.trim().length >= width * FULL_SHARE && PROSE_START.test(next) && endsInProse(line) && !isEntryOrRow(line) && !isEntryOrRow(next);
}

/** How many non-blank lines at each end of a page may be a running header or footer (main/export/research-text.ts finds them there). */
const PAGE_EDGE_LINES = 2;

/**
 * The first and last line indexes a join may touch: never a page's first or last two non-blank
 * lines, where running headers, footers and page numbers stand (`page 2 sur 3` after prose that
 * ends mid-sentence stays a line of its own).
 */
function innerLines(lines: readonly string[]): { first: number; last: number } {
  const nonBlank = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  return { first: nonBlank[PAGE_EDGE_LINES] ?? lines.length, last: nonBlank[nonBlank.length - 1 - PAGE_EDGE_LINES] ?? -1 };
}

/** Edits turning each soft wrap's line break into a space. */
export function softWrapEdits(text: string): TextEdit[] {
  if (!text.includes('\n')) return [];
  const lines = text.split('\n');
  const width = columnWidth(lines.map((line) => line.trim().length));
  if (width === null) return [];
  const { first, last } = innerLines(lines);
  const edits: TextEdit[] = [];
  let offset = 0;
  for (let index = 0; index < lines.length - 1; index += 1) {
    const line = lines[index] ?? '';
    offset += line.length;
    if (index >= first && index + 1 <= last && isSoftWrap(line, lines[index + 1] ?? '', width)) edits.push({ start: offset, end: offset + 1, text: ' ' });
    offset += 1;
  }
  return edits;
}

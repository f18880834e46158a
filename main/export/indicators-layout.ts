/**
 * The layout of a page's text as the indicator export needs it: lines with their offsets,
 * headings (short lines standing alone, a slide title, a section title), the sentence around a
 * span, and table rows. Pure functions over the stored page text (a text layer wraps lines at the
 * column width and carries no markup, so headings are recognised by their shape).
 */

export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Lines of a page with their offsets (end excludes the newline). */
export function pageLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

const FUNCTION_WORD_END = /(?:^|\s)(?:de|du|des|la|le|les|l'|l’|d'|d’|et|ou|à|au|aux|en|pour|par|sur|dans|avec|un|une|son|sa|ses|leur|leurs|qui|que|dont|ce|cette|ces|entre|vers|chez|sous)$/iu;
const BULLET_START = /^\s*(?:[-–•▪➤►»*+✓■□●○]|\d{1,2}[.)]\s)/u;
const CLOSED = /[.;:,]$/u;

function opensBlock(previous: Line | undefined): boolean {
  if (previous === undefined) return true;
  const text = previous.text.trim();
  return text === '' || /[.!?:»"”)]$/u.test(text);
}

function continues(line: Line | undefined): boolean {
  const text = line?.text.trim() ?? '';
  return text !== '' && /^\p{Ll}/u.test(text);
}

/** A heading: a line run (≤ 3 lines, ≤ 120 characters) that stands alone and does not read on as a sentence. */
export interface Heading {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of its first line. */
  readonly firstLine: number;
  readonly lastLine: number;
}

function headingAt(lines: readonly Line[], index: number): Heading | undefined {
  const first = lines[index];
  if (first === undefined) return undefined;
  const text = first.text.trim();
  if (text === '' || !/^[\p{Lu}\d«"#]/u.test(text) || BULLET_START.test(first.text) || !opensBlock(lines[index - 1])) return undefined;
  let last = index;
  while (last - index < 2 && continues(lines[last + 1]) && !CLOSED.test(lines[last]?.text.trim() ?? '')) last += 1;
  const joined = lines
    .slice(index, last + 1)
    .map((line) => line.text.trim())
    .join(' ');
  const lastText = lines[last]?.text.trim() ?? '';
  if (joined.length > 120 || CLOSED.test(lastText) || FUNCTION_WORD_END.test(lastText) || /-$/u.test(lastText)) return undefined;
  const next = lines[last + 1]?.text.trim() ?? '';
  if (next !== '' && /^\p{Ll}/u.test(next)) return undefined;
  return { start: first.start, end: lines[last]?.end ?? first.end, text: joined.replace(/^#+\s*/u, ''), firstLine: index, lastLine: last };
}

/** Every heading of a page, in order. */
export function pageHeadings(text: string): Heading[] {
  const lines = pageLines(text);
  const headings: Heading[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const heading = headingAt(lines, index);
    if (heading === undefined) continue;
    headings.push(heading);
    index = heading.lastLine;
  }
  return headings;
}

/** The nearest heading that ends before `offset` and does not contain it. */
export function headingAbove(headings: readonly Heading[], offset: number): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of headings) if (heading.end <= offset) found = heading;
  return found;
}

const SENTENCE_END = /[.!?;]/u;

/**
 * The sentence around a span: back to the previous sentence end, blank line or list bullet, on to
 * the next; at most 300 characters each way. A line break before a bullet or after a closed
 * line also ends a sentence (slides rarely punctuate).
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let from = start;
  while (from > 0 && start - from < 300) {
    const previous = text[from - 1] ?? '';
    if (SENTENCE_END.test(previous) && /\s/u.test(text[from] ?? ' ') && !/\d/u.test(text[from - 2] ?? '')) break;
    if (previous === '\n' && (text[from - 2] === '\n' || BULLET_START.test(text.slice(from, from + 4)))) break;
    from -= 1;
  }
  let to = end;
  while (to < text.length && to - end < 300) {
    const current = text[to] ?? '';
    if (SENTENCE_END.test(current) && /\s/u.test(text[to + 1] ?? ' ')) {
      to += 1;
      break;
    }
    if (current === '\n' && (text[to + 1] === '\n' || BULLET_START.test(text.slice(to + 1, to + 5)))) break;
    to += 1;
  }
  return { start: from, end: to, text: text.slice(from, to).replace(/\s+/gu, ' ').trim() };
}

/** Cells of a table row laid out with tabs, pipes or runs of spaces; null when the line is no row. */
export function tableCells(line: string): { text: string; start: number }[] | null {
  const cells: { text: string; start: number }[] = [];
  const separator = /\t+|\s*\|\s*|\s{3,}/gu;
  let last = 0;
  for (const match of line.matchAll(separator)) {
    cells.push({ text: line.slice(last, match.index), start: last });
    last = match.index + match[0].length;
  }
  cells.push({ text: line.slice(last), start: last });
  const filled = cells.filter((cell) => cell.text.trim() !== '');
  return filled.length >= 2 ? filled : null;
}

/** The sentence (or line group) around a span, whitespace collapsed, for review and export. */
import { partitionPoint } from '../core/partition-point.js';

const MAX_LENGTH = 300;
const isSentenceEnd = (code: number): boolean => code === 46 || code === 33 || code === 63; // . ! ?
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || Number.isNaN(code);

/** Character-code scanning keeps this linear and cheap: it runs once per mention. */
export function contextSentence(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return collapsed(text, from, to);
}

/**
 * `contextSentence` for the mentions of one page: the page's sentence ends are found in one pass
 * (not by walking up to `MAX_LENGTH` characters each side of every mention), and mentions of one
 * sentence share its collapsed text (a page has several mentions per sentence).
 */
export function pageContexts(text: string): (start: number, end: number) => string {
  const seen = new Map<number, string>();
  const stops = sentenceStops(text);
  return (start, end) => {
    const from = Math.max(lastAtMost(stops.starts, start), start - MAX_LENGTH, 0);
    const after = firstAtLeast(stops.ends, end);
    const to = after < text.length && after - end < MAX_LENGTH ? after + stops.endShift[after]! : Math.max(end, Math.min(text.length, end + MAX_LENGTH));
    const key = from * (text.length + 1) + to;
    let context = seen.get(key);
    if (context === undefined) {
      context = collapsed(text, from, to);
      seen.set(key, context);
    }
    return context;
  };
}

/**
 * Where `sentenceBounds` stops on this text: `starts`, the positions where a sentence (or line
 * group) may begin, and `ends`, the positions of a sentence's last character (its end is one
 * past it: `endShift` 1) or of a blank line's first line break (shift 0). Both ascending.
 */
function sentenceStops(text: string): { starts: number[]; ends: number[]; endShift: Uint8Array } {
  const starts: number[] = [];
  const ends: number[] = [];
  const endShift = new Uint8Array(text.length + 1);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isSentenceEnd(code) && isSpace(text.charCodeAt(index + 1))) {
      ends.push(index);
      endShift[index] = 1;
      starts.push(index + 1);
    } else if (code === 10 && text.charCodeAt(index + 1) === 10) {
      ends.push(index);
      starts.push(index + 2);
    }
  }
  return { starts, ends, endShift };
}

/** The largest value of ascending `values` that is at most `limit`, or -1. */
function lastAtMost(values: readonly number[], limit: number): number {
  const low = partitionPoint(values.length, (index) => values[index]! <= limit);
  return low === 0 ? -1 : values[low - 1]!;
}

/** The smallest value of ascending `values` that is at least `limit`, or +Infinity. */
function firstAtLeast(values: readonly number[], limit: number): number {
  const low = partitionPoint(values.length, (index) => values[index]! < limit);
  return low === values.length ? Number.POSITIVE_INFINITY : values[low]!;
}

/** `\s` of a JavaScript pattern (and what `trim` removes): white space and line terminators. */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `text.slice(from, to).replace(/\s+/g, ' ').trim()`, read once character by character: most
 * sentences hold only single spaces and are returned as one slice. Also what a list item's text
 * is compared by (organisation/candidates.ts).
 */
export function collapsed(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  return spacesCollapsed(text, start, end);
}

/** `text.slice(start, end).replace(/\s+/g, ' ')` (not trimmed), read once character by character. */
export function spacesCollapsed(text: string, start: number, end: number): string {
  let result = '';
  let kept = start;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (!isWhiteSpace(code)) continue;
    let runEnd = index + 1;
    while (runEnd < end && isWhiteSpace(text.charCodeAt(runEnd))) runEnd += 1;
    if (code !== 32 || runEnd > index + 1) {
      result += `${text.slice(kept, index)} `;
      kept = runEnd;
    }
    index = runEnd - 1;
  }
  return kept === start ? text.slice(start, end) : result + text.slice(kept, end);
}

/** Where the sentence (or line group) around [start, end) starts and ends. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < MAX_LENGTH) {
    const previous = text.charCodeAt(from - 1);
    if (isSentenceEnd(previous) && isSpace(text.charCodeAt(from))) break;
    if (previous === 10 && text.charCodeAt(from - 2) === 10) break;
    from -= 1;
  }
  let to = end;
  while (to < text.length && to - end < MAX_LENGTH) {
    const current = text.charCodeAt(to);
    if (isSentenceEnd(current) && isSpace(text.charCodeAt(to + 1))) {
      to += 1;
      break;
    }
    if (current === 10 && text.charCodeAt(to + 1) === 10) break;
    to += 1;
  }
  return [from, to];
}

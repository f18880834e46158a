/** The sentence (or line group) around a span, whitespace collapsed, for review and export. */

const MAX_LENGTH = 300;
const isSentenceEnd = (code: number): boolean => code === 46 || code === 33 || code === 63; // . ! ?
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || Number.isNaN(code);

/** Character-code scanning keeps this linear and cheap: it runs once per mention. */
export function contextSentence(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return collapsed(text, from, to);
}

/**
 * `contextSentence` for the mentions of one page: mentions of one sentence share its collapsed
 * text (a page has several mentions per sentence).
 */
export function pageContexts(text: string): (start: number, end: number) => string {
  const seen = new Map<number, string>();
  return (start, end) => {
    const [from, to] = sentenceBounds(text, start, end);
    const key = from * (text.length + 1) + to;
    let context = seen.get(key);
    if (context === undefined) {
      context = collapsed(text, from, to);
      seen.set(key, context);
    }
    return context;
  };
}

// Without the `u` flag `\s` is the same set and the replace runs about twice as fast.
const collapsed = (text: string, from: number, to: number): string => text.slice(from, to).replace(/\s+/g, ' ').trim();

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

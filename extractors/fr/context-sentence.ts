/** The sentence (or line group) around a span, whitespace collapsed, for review and export. */

const MAX_LENGTH = 300;

export function contextSentence(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_LENGTH) {
    const previous = text.charAt(from - 1);
    if (/[.!?]/u.test(previous) && /\s/u.test(text.charAt(from))) break;
    if (previous === '\n' && text.charAt(from - 2) === '\n') break;
    from -= 1;
  }
  let to = end;
  while (to < text.length && to - end < MAX_LENGTH) {
    const current = text.charAt(to);
    if (/[.!?]/u.test(current) && (to + 1 >= text.length || /\s/u.test(text.charAt(to + 1)))) {
      to += 1;
      break;
    }
    if (current === '\n' && text.charAt(to + 1) === '\n') break;
    to += 1;
  }
  return text.slice(from, to).replace(/\s+/gu, ' ').trim();
}

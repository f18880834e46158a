/**
 * The page-text span under the user's text selection on the page's text layer (whose spans carry
 * `data-start`, their offset in the page text). Undefined when nothing is selected there.
 */
export function selectedSpan(layer: Element | null, text: string): { start: number; end: number } | undefined {
  const selection = window.getSelection();
  if (layer === null || selection === null || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const spans = [...layer.querySelectorAll<HTMLElement>('span[data-start]')].filter((span) => range.intersectsNode(span));
  const first = spans[0];
  const last = spans.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const offsetIn = (span: HTMLElement, node: Node, offset: number, atEnd: boolean): number => {
    const base = Number(span.dataset.start);
    if (span.contains(node)) return base + offset;
    return atEnd ? base + (span.textContent?.length ?? 0) : base;
  };
  let start = offsetIn(first, range.startContainer, range.startOffset, false);
  let end = offsetIn(last, range.endContainer, range.endOffset, true);
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end } : undefined;
}

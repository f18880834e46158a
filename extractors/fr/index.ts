import type { DocumentContext, Mention, PageInput } from '../core/types.js';
import { normaliseText } from './normalise.js';

const ISO_DATE = /(?<![\p{L}\p{N}])(?<year>(?:19|20)\d\d)-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}])/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf('\n', start);
  const after = text.indexOf('\n', end);
  return text.slice(before + 1, after === -1 ? text.length : after).replace(/\s+/g, ' ').trim();
}

/** First, minimal rule set: ISO dates and acronyms. */
export function extractFrenchPage(page: PageInput, _document: DocumentContext): Mention[] {
  const normalised = normaliseText(page.text);
  const mentions: Mention[] = [];
  const push = (type: Mention['type'], rule: string, match: RegExpExecArray, value: string): void => {
    const start = normalised.toOriginal(match.index);
    const end = normalised.toOriginal(match.index + match[0].length);
    mentions.push({
      type, page: page.page, source: page.source, span: { start, end },
      text: page.text.slice(start, end), value, confidence: 0.5, rule, inferred: [],
      context: sentenceAround(page.text, start, end),
    });
  };
  for (const match of normalised.text.matchAll(ISO_DATE)) push('date', 'fr.date.iso', match, match[0]);
  for (const match of normalised.text.matchAll(ACRONYM)) push('organisation', 'fr.organisation.acronym', match, match[0]);
  return mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Most frequent plausible year, inferred. */
export function inferFrenchDocumentDate(pages: readonly PageInput[]): { value: string; inferred: boolean } | null {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const match of page.text.matchAll(/(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)/g)) {
      counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best === null ? null : { value: best, inferred: true };
}

/**
 * Texts for research tools (TXM, IRaMuTeQ): one text per work, its pages from the best source,
 * cleaned of what is layout rather than text — running headers and footers (a line repeated at
 * the top or bottom of most pages), page and slide numbers, slide counters (`(1/2)`), bullet
 * glyphs — with hyphenation joined (`dévelop-⏎pement`, `dévelop- pement`) and only characters
 * XML 1.0 allows (no form feed).
 */
import { normaliseText } from '../../extractors/index.js';
import type { WorkPage } from './corpus-rows.js';

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes what XML 1.0 does not allow. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:\/|sur)\s*\d{1,3})?$/iu;
const SLIDE_COUNTER = /\s*\(\d{1,2}\s*\/\s*\d{1,2}\)\s*$/u;
const BULLET = /^\s*[➤►▶•▪◦●○■□✓✔➢→]\s*/u;

/** A line's shape for spotting repeats: digits (page numbers) and spacing ignored. */
const shapeOf = (line: string): string => line.trim().toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ');

/** Lines repeated at the top or bottom (first or last 2 lines) of at least half the pages (3 or more). */
function runningLines(pages: readonly string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shapeOf).filter((shape) => shape !== ''));
    for (const shape of edge) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  const running = new Set<string>();
  if (pages.length < 3) return running;
  for (const [shape, count] of counts) if (count >= Math.max(3, pages.length / 2)) running.add(shape);
  return running;
}

/** Joins a word cut by a hyphen and a space (`dévelop- pement`) when both sides are lower case. */
function joinHyphenation(text: string): string {
  return text.replace(/(\p{Ll}{2})-[ \t]+(\p{Ll}{2})/gu, '$1$2');
}

/** The research text of a work: paragraphs of its pages, layout removed, XML-safe. */
export function researchText(pages: readonly WorkPage[]): string {
  const split = pages.map((page) => joinHyphenation(normaliseText(page.text).text).split('\n'));
  const running = runningLines(split);
  const cleaned = split.map((lines) =>
    lines
      .filter((line) => !running.has(shapeOf(line)) && !PAGE_NUMBER.test(line.trim()))
      .map((line) => line.replace(BULLET, '').replace(SLIDE_COUNTER, '').trimEnd())
      .join('\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim(),
  );
  return xmlSafe(cleaned.filter((page) => page !== '').join('\n\n'));
}

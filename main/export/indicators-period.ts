/**
 * The period a figure speaks of, read where a reader finds it: the figure's sentence (`en 2023`,
 * `depuis 2019`, `au 1er semestre 2025`, `Bilan de l'année 2023`), the heading above it
 * (`Quelques données 2022`), a table column header (`Indicateur | 2022 | 2023`); the document
 * date only when none says it, and then marked inferred. Periods are years (`2023`), half-years
 * (`2025-S1`), quarters (`2025-T2`) or ISO 8601 intervals of years (`2019/2023`).
 */
import { headingAbove, pageHeadings, pageLines, sentenceAround, tableCells } from './indicators-layout.js';

export interface PeriodReading {
  readonly period: string;
  /** True when nothing in the text said it and the document date was used. */
  readonly inferred: boolean;
  readonly from: 'sentence' | 'heading' | 'table' | 'document' | 'none';
}

const YEAR = String.raw`(19[89]\d|20[0-4]\d)`;
const ORDINAL: Readonly<Record<string, number>> = { '1er': 1, premier: 1, '1': 1, '2e': 2, '2ème': 2, '2nd': 2, second: 2, deuxième: 2, '3e': 3, '3ème': 3, troisième: 3, '4e': 4, '4ème': 4, quatrième: 4 };
const ORDINAL_WORD = String.raw`(1er|premier|1|2e|2ème|2nd|second|deuxième|3e|3ème|troisième|4e|4ème|quatrième)`;

interface Found {
  readonly period: string;
  readonly at: number;
  readonly rank: number;
}

/** A year that is part of a full date (`31 juillet 2014`) or names a law is no period. */
function isDateOrLaw(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  if (/\b\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+$/u.test(before)) return true;
  if (/\b\d{1,2}[/.-]\d{1,2}[/.-]$/u.test(before)) return true;
  return /\b(?:loi|décret|article|charte|circulaire|ordonnance)\b[^.]{0,30}$/u.test(before);
}

function candidates(text: string, documentYear: number | undefined): Found[] {
  const found: Found[] = [];
  const push = (period: string, at: number, rank: number): void => void found.push({ period, at, rank });
  for (const m of text.matchAll(new RegExp(String.raw`\b${ORDINAL_WORD}\s+semestre\s+(?:de\s+l['’]année\s+|de\s+|d['’])?${YEAR}`, 'giu'))) {
    push(`${m[2]}-S${Math.min(2, ORDINAL[(m[1] ?? '').toLowerCase()] ?? 1)}`, m.index, 0);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b${ORDINAL_WORD}\s+trimestre\s+(?:de\s+l['’]année\s+|de\s+|d['’])?${YEAR}`, 'giu'))) {
    push(`${m[2]}-T${ORDINAL[(m[1] ?? '').toLowerCase()] ?? 1}`, m.index, 0);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:entre|de)\s+${YEAR}\s+(?:et|à)\s+${YEAR}\b|\b${YEAR}\s*[-–]\s*${YEAR}\b`, 'giu'))) {
    const from = m[1] ?? m[3];
    const to = m[2] ?? m[4];
    push(`${from}/${to}`, m.index, 1);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\bdepuis\s+(?:(?:le\s+)?(?:début|fin|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?:de\s+|d['’])?)?${YEAR}\b`, 'giu'))) {
    const from = Number(m[1]);
    push(documentYear !== undefined && documentYear > from ? `${from}/${documentYear}` : String(from), m.index, 1);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:en|année|bilan|données|chiffres|promotion|exercice|au titre de|pour|sur|durant|pendant|courant|rapport d['’]activité|RA)\s+(?:l['’]année\s+|de\s+l['’]année\s+|de\s+)?${YEAR}\b`, 'giu'))) {
    if (!isDateOrLaw(text, m.index)) push(m[1] ?? '', m.index, 2);
  }
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\d/.,-])${YEAR}(?![\d/.,]\d)`, 'gu'))) {
    if (!isDateOrLaw(text, m.index) && !found.some((f) => f.at <= m.index && m.index < f.at + 40)) push(m[1] ?? '', m.index, 3);
  }
  return found;
}

/** The best period named in `text`: the most specific kind, then the one closest to `anchor`. */
export function periodIn(text: string, anchor: number, documentYear?: number): string | undefined {
  const found = candidates(text, documentYear);
  found.sort((a, b) => a.rank - b.rank || Math.abs(a.at - anchor) - Math.abs(b.at - anchor));
  return found[0]?.period;
}

/** A year from a table header above the figure, in the figure's column (counted from the right). */
function tableYear(pageText: string, figureStart: number): string | undefined {
  const lines = pageLines(pageText);
  const lineIndex = lines.findIndex((line) => line.start <= figureStart && figureStart <= line.end);
  const line = lines[lineIndex];
  if (line === undefined) return undefined;
  const cells = tableCells(line.text);
  if (cells === null) return undefined;
  const column = cells.findIndex((cell, index) => line.start + cell.start <= figureStart && figureStart < line.start + (cells[index + 1]?.start ?? line.text.length + 1));
  if (column < 0) return undefined;
  const fromRight = cells.length - 1 - column;
  for (let index = lineIndex - 1; index >= Math.max(0, lineIndex - 15); index -= 1) {
    const header = tableCells(lines[index]?.text ?? '');
    if (header === null) continue;
    const years = header.filter((cell) => /^\s*(?:19[89]\d|20[0-4]\d)\s*$/u.test(cell.text));
    if (years.length < 2) continue;
    return header[header.length - 1 - fromRight]?.text.trim().match(/^(?:19[89]\d|20[0-4]\d)$/u)?.[0];
  }
  return undefined;
}

/**
 * Reads the period of the figure at `[start, end)` of a page. `documentDate` is ISO 8601
 * (`2022-12`); its year is the fallback, marked inferred.
 */
export function readPeriod(pageText: string, start: number, end: number, documentDate: string | null): PeriodReading {
  const documentYear = documentDate === null ? undefined : Number(documentDate.slice(0, 4)) || undefined;
  const table = tableYear(pageText, start);
  if (table !== undefined) return { period: table, inferred: false, from: 'table' };
  const sentence = sentenceAround(pageText, start, end);
  const inSentence = periodIn(pageText.slice(sentence.start, sentence.end), start - sentence.start, documentYear);
  if (inSentence !== undefined) return { period: inSentence, inferred: false, from: 'sentence' };
  const heading = headingAbove(pageHeadings(pageText), start);
  const inHeading = heading === undefined ? undefined : periodIn(heading.text, heading.text.length, documentYear);
  if (inHeading !== undefined) return { period: inHeading, inferred: false, from: 'heading' };
  if (documentYear !== undefined) return { period: String(documentYear), inferred: true, from: 'document' };
  return { period: '', inferred: true, from: 'none' };
}

/**
 * Builds the indicator table from works: each figure is read (noise set aside, indicator, period,
 * PTCE), then figures are gathered into one row per PTCE × period × indicator (× funder for
 * funding), with every supporting mention and a conflict flag when they disagree.
 */
import type { MentionRecord, MentionStatus } from '../store/mentions.js';
import type { Work } from './corpus-rows.js';
import { breakdownOf } from './indicators-detail.js';
import { mapFigure } from './indicators-map.js';
import { noiseReason, type NoiseReason } from './indicators-noise.js';
import { readPeriod } from './indicators-period.js';
import { PtceReader } from './indicators-ptce.js';
import { sentenceAround } from './indicators-layout.js';
import { indicatorById, type IndicatorDefinition } from './indicators-vocabulary.js';

/** A figure as the table cites it. */
export interface FigureSource {
  readonly mentionId: number;
  readonly document: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly unit: string | null;
  readonly status: MentionStatus;
  readonly context: string;
}

export interface IndicatorRow {
  readonly ptce: string;
  readonly period: string;
  /** True when every supporting figure's period is the document date (nothing said it). */
  readonly inferred: boolean;
  readonly indicator: IndicatorDefinition;
  /** The funder for `funding`, else empty. */
  readonly detail: string;
  /** The value most sources give (on a tie, the first in document order). */
  readonly value: number;
  /** Every distinct value the sources give, most supported first. */
  readonly values: readonly number[];
  readonly conflict: boolean;
  readonly sources: readonly FigureSource[];
}

export interface UnmappedFigure {
  readonly ptce: string;
  readonly period: string;
  readonly inferred: boolean;
  readonly source: FigureSource;
}

export interface IndicatorTable {
  readonly rows: IndicatorRow[];
  readonly unmapped: UnmappedFigure[];
  readonly noise: { readonly source: FigureSource; readonly reason: NoiseReason }[];
  /** Figures left out because their status was not asked for (pending ones when exporting accepted). */
  readonly leftOut: number;
}

interface Reading {
  readonly ptce: string;
  readonly period: string;
  readonly inferred: boolean;
  readonly indicator: IndicatorDefinition | undefined;
  readonly detail: string;
  readonly source: FigureSource;
}

function sourceOf(mention: MentionRecord, fileName: string): FigureSource {
  return {
    mentionId: mention.id,
    document: fileName,
    page: mention.page,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    value: Number(mention.value),
    unit: mention.unit,
    status: mention.status,
    context: mention.context,
  };
}

function readWork(work: Work, statuses: ReadonlySet<MentionStatus>, table: { readings: Reading[]; noise: IndicatorTable['noise']; leftOut: number }): void {
  const pageTexts = new Map(work.pages.map((page) => [page.number, page.text]));
  const fileOf = new Map(work.pages.map((page) => [page.number, page.fileName]));
  const organisations = work.mentions
    .filter((mention) => mention.type === 'organisation')
    .map((mention) => ({ page: mention.page, start: mention.start, end: mention.end, name: mention.entity ?? mention.value }));
  const names = work.mentions.filter((mention) => ['organisation', 'person', 'phone', 'email', 'url', 'date'].includes(mention.type));
  const named = (type: string, page: number): { start: number; end: number; name: string }[] =>
    work.mentions.filter((mention) => mention.type === type && mention.page === page).map((mention) => ({ start: mention.start, end: mention.end, name: mention.entity ?? mention.value }));
  const ptces = new PtceReader(pageTexts, organisations);
  for (const mention of work.mentions) {
    if (mention.type !== 'figure') continue;
    if (!statuses.has(mention.status)) {
      table.leftOut += 1;
      continue;
    }
    const pageText = pageTexts.get(mention.page) ?? '';
    const source = sourceOf(mention, fileOf.get(mention.page) ?? work.primary.fileName);
    const sentence = sentenceAround(pageText, mention.start, mention.end);
    const reason = noiseReason(mention, pageText, work.pages.length, names, sentence.text, ptces.sectionOf(mention.page, mention.start));
    if (reason !== null || !Number.isFinite(source.value)) {
      table.noise.push({ source, reason: reason ?? 'code' });
      continue;
    }
    const mapped = mapFigure(mention.unit, sentence.text);
    const isMoney = mapped?.unit === '€' || /€|euro/iu.test(mention.unit ?? '');
    const part = breakdownOf(pageText, sentence, mention.start, isMoney, named('organisation', mention.page).filter((organisation) => !/^(?:PTCE|Pôle territorial)/iu.test(organisation.name)), named('person', mention.page));
    // A sum a funder gave is that funder's funding, whatever the sentence calls the total.
    const indicator = isMoney && part.organisation ? indicatorById('funding') : mapped;
    const period = readPeriod(pageText, mention.start, mention.end, work.primary.documentDate);
    table.readings.push({
      ptce: ptces.ptceOf(mention.page, mention.start),
      period: period.period,
      inferred: period.inferred,
      indicator,
      detail: indicator === undefined ? '' : part.detail,
      source,
    });
  }
}

function toRow(readings: readonly Reading[]): IndicatorRow | undefined {
  const first = readings[0];
  if (first?.indicator === undefined) return undefined;
  const support = new Map<number, number>();
  for (const reading of readings) support.set(reading.source.value, (support.get(reading.source.value) ?? 0) + 1);
  const values = [...support.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  return {
    ptce: first.ptce,
    period: first.period,
    inferred: readings.every((reading) => reading.inferred),
    indicator: first.indicator,
    detail: first.detail,
    value: values[0] ?? first.source.value,
    values,
    conflict: values.length > 1,
    sources: readings.map((reading) => reading.source),
  };
}

/**
 * The table for the given works. `statuses` are the figure statuses kept (organisations are read
 * whatever their status, except rejected ones, to know which PTCE a figure speaks of).
 */
export function buildIndicatorTable(works: Iterable<Work>, statuses: readonly MentionStatus[]): IndicatorTable {
  const table = { readings: [] as Reading[], noise: [] as IndicatorTable['noise'], leftOut: 0 };
  const kept = new Set(statuses);
  for (const work of works) readWork(work, kept, table);
  const groups = new Map<string, Reading[]>();
  const unmapped: UnmappedFigure[] = [];
  for (const reading of table.readings) {
    if (reading.indicator === undefined) {
      unmapped.push({ ptce: reading.ptce, period: reading.period, inferred: reading.inferred, source: reading.source });
      continue;
    }
    const key = JSON.stringify([reading.ptce, reading.period, reading.indicator.id, reading.detail]);
    const group = groups.get(key) ?? [];
    group.push(reading);
    groups.set(key, group);
  }
  const rows = [...groups.values()].map(toRow).filter((row): row is IndicatorRow => row !== undefined);
  rows.sort((a, b) => a.ptce.localeCompare(b.ptce, 'fr') || a.period.localeCompare(b.period) || a.indicator.label.localeCompare(b.indicator.label, 'fr') || a.detail.localeCompare(b.detail, 'fr'));
  return { rows, unmapped, noise: table.noise, leftOut: table.leftOut };
}

/**
 * What TXM and IRaMuTeQ exports share: one entry per work with a unique id (its file name
 * without extension, `-2`, `-3`… on a clash), its research text and its variables (PTCE, year,
 * genre, source, pages), from the corrected metadata when a person set it.
 */
import { parse } from 'node:path';
import type { Db } from '../store/db.js';
import { allDocumentMetadata } from '../store/document-metadata.js';
import { corpusWorks, type Work, type WorkGrouping } from './corpus-rows.js';
import { PortableNames } from './portable-name.js';
import { researchText } from './research-text.js';

export interface ResearchEntry {
  readonly id: string;
  readonly work: Work;
  readonly text: string;
  readonly title: string;
  readonly date: string;
  readonly year: string;
  readonly ptce: string;
  readonly genre: string;
  /** Where the pages' text came from: `texte`, `ocr` or `mixte`. */
  readonly source: 'texte' | 'ocr' | 'mixte';
  readonly pages: number;
  /** Every imported file of the work, primary first. */
  readonly files: readonly string[];
}

export function researchCorpus(db: Db, grouping?: WorkGrouping): ResearchEntry[] {
  const metadata = allDocumentMetadata(db);
  const names = new PortableNames();
  const entries: ResearchEntry[] = [];
  for (const work of corpusWorks(db, grouping)) {
    // The id names a file in the TXM export: portable on every OS (portable-name.ts).
    const id = names.next(parse(work.primary.fileName).name);
    const meta = metadata.get(work.primary.id);
    const ocr = work.pages.filter((page) => page.source === 'ocr').length;
    const date = meta?.documentDate ?? work.primary.documentDate ?? '';
    entries.push({
      id,
      work,
      text: researchText(work.pages),
      title: meta?.title ?? work.primary.title ?? '',
      date,
      year: date.slice(0, 4),
      ptce: meta?.ptce ?? '',
      genre: meta?.genre ?? '',
      source: ocr === 0 ? 'texte' : ocr === work.pages.length ? 'ocr' : 'mixte',
      pages: work.pages.length,
      files: work.documents.map((document) => document.fileName),
    });
  }
  return entries;
}

/**
 * Stores dev-corpus documents from their recorded page texts (fixtures/corpus/dev-pages, what the
 * real ingest read from each PDF) through the real extractors and the real store writer: the
 * corpus an import builds, without re-reading PDFs or running OCR in every test.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type PageInput } from '../../extractors/index.js';
import type { Db } from '../../main/store/db.js';
import { saveImportedDocument } from '../../main/store/document-writer.js';
import { devFile, fixturesDir } from './fixtures.js';

interface PageDump {
  readonly file: string;
  readonly pages: readonly { page: number; source: 'text' | 'ocr'; text: string }[];
}

/** The recorded pages of a dev PDF (`000.pdf`, `000-scan.pdf`). */
export function devPages(fileName: string): PageInput[] {
  const dump = JSON.parse(readFileSync(join(fixturesDir, 'corpus', 'dev-pages', `${fileName}.json`), 'utf8')) as PageDump;
  return dump.pages.map((page) => ({ page: page.page, text: page.text, source: page.source }));
}

/** Stores one dev PDF as an import would (same sha256, pages, extraction); returns its id. */
export function storeDevDocument(db: Db, fileName: string): number {
  return storeExtractedDocument(db, fileName, devPages(fileName), createHash('sha256').update(readFileSync(devFile(fileName))).digest('hex'));
}

/** Stores pages through the real extractors, as an import of `fileName` would; returns its id. */
export function storeExtractedDocument(db: Db, fileName: string, pages: readonly PageInput[], sha256 = `sha-of-${fileName}`): number {
  const extraction = extractDocument(pages);
  const ocr = pages.filter((page) => page.source === 'ocr').length;
  const outcome = saveImportedDocument(db, {
    sha256,
    fileName,
    filePath: `/corpus/${fileName}`,
    fileSize: pages.reduce((sum, page) => sum + page.text.length, 0),
    title: pages[0]?.text.split('\n').find((line) => line.trim().length >= 3)?.trim() ?? null,
    kind: ocr === 0 ? 'text' : ocr === pages.length ? 'scan' : 'mixed',
    documentDate: extraction.documentDate?.value ?? null,
    documentDateInferred: extraction.documentDate?.inferred ?? false,
    importSeconds: 0,
    pages: pages.map((page) => ({ number: page.page, text: page.text, source: page.source, ocrConfidence: page.source === 'ocr' ? 90 : null, width: 595, height: 842, words: [] })),
    mentions: extraction.mentions,
  });
  if (!outcome.saved) throw new Error(`${fileName} was already stored`);
  return outcome.document.id;
}

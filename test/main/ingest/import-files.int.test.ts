import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractDocument } from '../../../extractors/index.js';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import { importFiles, startDocumentThreads } from '../../../main/ingest/import-files.js';
import { createOcrPool, type OcrPool } from '../../../main/ingest/ocr-pool.js';
import { openCorpus, type Db } from '../../../main/store/db.js';
import { listDocuments } from '../../../main/store/documents.js';
import { listMentions } from '../../../main/store/mentions.js';
import { acceptedNames } from '../../../main/store/reextract.js';
import { characterErrorRate } from '../../helpers/cer.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

function pageTexts(db: Db, documentId: number): { number: number; text: string; source: string; ocr_confidence: number | null }[] {
  return db
    .prepare<[number], { number: number; text: string; source: string; ocr_confidence: number | null }>(
      'SELECT number, text, source, ocr_confidence FROM pages WHERE document_id = ? ORDER BY number',
    )
    .all(documentId);
}

describe('importing the dev corpus', () => {
  const dir = tempDir();
  let db: Db;
  let pool: OcrPool;

  beforeAll(async () => {
    db = await openCorpus(join(dir.path, 'corpus.sqlite'), { create: true });
    pool = await createOcrPool({ size: 2 });
  });
  afterAll(async () => {
    db.close();
    await pool.terminate();
    dir.cleanup();
  });

  it('stores the five text-layer pages of 000.pdf, with mentions on real spans', async () => {
    const [result] = await importFiles(db, [devFile('000.pdf')], { jobs: 1, ocr: 'auto', ocrPool: pool });
    expect(result?.status).toBe('imported');
    if (result?.status !== 'imported') return;
    expect(result).toMatchObject({ pages: 5, textPages: 5, ocrPages: 0 });
    const pages = pageTexts(db, result.documentId);
    expect(pages.map((page) => page.source)).toEqual(['text', 'text', 'text', 'text', 'text']);
    expect(pages[0]?.text).toContain('Émergence Hénin-Carvin');
    // The PDF's metadata title is its exporter's file name ("doc.html"): the first line is used instead.
    expect(listDocuments(db).find((document) => document.id === result.documentId)?.title).toBe('La lettre N°03');
    const mentions = db
      .prepare<[number], { page: number; start: number; end: number; text: string }>('SELECT page, start, end, text FROM mentions WHERE document_id = ?')
      .all(result.documentId);
    expect(mentions.length).toBeGreaterThan(10);
    for (const mention of mentions) {
      expect(pages[mention.page - 1]?.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('OCRs the five pages of 000-scan.pdf with a character error rate under 1 % against the exported PDF', async () => {
    const [result] = await importFiles(db, [devFile('000-scan.pdf')], { jobs: 2, ocr: 'auto', ocrPool: pool });
    expect(result?.status).toBe('imported');
    if (result?.status !== 'imported') return;
    expect(result).toMatchObject({ pages: 5, textPages: 0, ocrPages: 5 });
    const scanned = pageTexts(db, result.documentId);
    const reference = listDocuments(db).find((document) => document.fileName === '000.pdf');
    expect(reference).toBeDefined();
    const exported = pageTexts(db, reference?.id ?? -1);
    for (const page of scanned) {
      expect(page.source).toBe('ocr');
      expect(page.ocr_confidence).toBeGreaterThan(50);
    }
    // Aligned character error rate over the whole document (Levenshtein after whitespace folding).
    const cer = characterErrorRate(scanned.map((page) => page.text).join('\n'), exported.map((page) => page.text).join('\n'));
    expect(cer).toBeLessThan(0.01);
    const words = db.prepare('SELECT count(*) AS n FROM words w JOIN pages p ON p.id = w.page_id WHERE p.document_id = ?').get(result.documentId) as { n: number };
    expect(words.n).toBeGreaterThan(500);
  });

  it('treats the same content imported twice, even under another name, as one document', async () => {
    const copy = join(dir.path, 'renamed copy.pdf');
    copyFileSync(devFile('000.pdf'), copy);
    const results = await importFiles(db, [devFile('000.pdf'), copy], { jobs: 2, ocr: 'auto', ocrPool: pool });
    expect(results.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
    expect(listDocuments(db).filter((document) => document.fileName === '000.pdf')).toHaveLength(1);
    expect(listDocuments(db)).toHaveLength(2);
  });

  it('never OCRs with --ocr never, and OCRs text pages with --ocr always', async () => {
    const other = await openCorpus(join(dir.path, 'modes.sqlite'), { create: true });
    try {
      const [never] = await importFiles(other, [devFile('003-scan.pdf')], { jobs: 1, ocr: 'never', ocrPool: pool });
      expect(never).toMatchObject({ status: 'imported', ocrPages: 0, textPages: 5 });
      const [always] = await importFiles(other, [devFile('003.pdf')], { jobs: 1, ocr: 'always', ocrPool: pool });
      expect(always).toMatchObject({ status: 'imported', ocrPages: 5, textPages: 0 });
    } finally {
      other.close();
    }
  });

  it('reads and extracts on threads started ahead (they warm up while the corpus opens), stops a spare one at once and all at the end', async () => {
    // Three documents at once: two reading threads and the extraction thread.
    const started = startDocumentThreads(3);
    const [first, second] = started.threads;
    const extraction = started.extraction;
    if (first === undefined || second === undefined || extraction === undefined) throw new Error('two reading threads and an extraction thread were asked for');
    const reads = [vi.spyOn(first, 'read'), vi.spyOn(second, 'read')];
    const stops = [vi.spyOn(first, 'terminate'), vi.spyOn(second, 'terminate'), vi.spyOn(extraction, 'terminate')];
    const extracts = vi.spyOn(extraction, 'extract');
    const other = await openCorpus(join(dir.path, 'ahead.sqlite'), { create: true });
    try {
      const outcome = importFiles(other, [devFile('003.pdf')], { jobs: 3, ocr: 'never', threads: started });
      // One file, two reading threads: the spare one is stopped before the file is read, not after.
      expect(stops[1]).toHaveBeenCalledTimes(1);
      const [result] = await outcome;
      expect(result).toMatchObject({ status: 'imported', pages: 5, textPages: 5 });
      expect(reads[0]).toHaveBeenCalledTimes(1);
      expect(reads[1]).not.toHaveBeenCalled();
      expect(extracts).toHaveBeenCalledTimes(1);
      expect(stops[0]).toHaveBeenCalled();
      expect(stops[2]).toHaveBeenCalled();
    } finally {
      other.close();
    }
  });

  it('tells the extraction thread the names accepted in the corpus and the file’s name, with the pages it extracts', async () => {
    const other = await openCorpus(join(dir.path, 'known.sqlite'), { create: true });
    try {
      const [first] = await importFiles(other, [devFile('000.pdf')], { jobs: 1, ocr: 'never' });
      if (first?.status !== 'imported') throw new Error('000.pdf was not imported');
      const organisation = listMentions(other, { documentId: first.documentId }).find((mention) => mention.type === 'organisation');
      const service = createService(other, { defaultActor: 'analyst', extract: extractDocument });
      expect((await dispatch(service, 'acceptMention', { mentionId: organisation?.id })).ok).toBe(true);
      const known = acceptedNames(other);
      expect(known.length).toBeGreaterThan(0);
      const started = startDocumentThreads(1);
      if (started.extraction === undefined) throw new Error('no extraction thread was started');
      const extracts = vi.spyOn(started.extraction, 'extract');
      const [second] = await importFiles(other, [devFile('003.pdf')], { jobs: 1, ocr: 'never', threads: started });
      expect(second).toMatchObject({ status: 'imported', pages: 5 });
      expect(extracts).toHaveBeenCalledTimes(1);
      const job = extracts.mock.calls[0]?.[0];
      expect(job?.context).toEqual({ knownNames: known, fileName: '003.pdf' });
      expect(job?.pages.map((page) => page.page)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      other.close();
    }
  });
});

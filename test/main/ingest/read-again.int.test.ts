/**
 * Issue 13, a document the memory watchdog stopped while another was read beside it is read again
 * alone once the others are done (memory-blame.int.test.ts): its result then comes last, out of
 * the input's order, and until then nothing said so; the solo read began it again, and its pages
 * were counted twice in the progress (the CLI's bar, the app's page total and time left). The
 * import now says at once that the document is set aside (`read-again`), marks the second
 * beginning (`again`), and counts its pages once. The watchdog's verdict is stood in for by a
 * thread that fails the first reading of one file as the watchdog does; the rest is real.
 */
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DocumentThread, type FileToRead, type ReadContext } from '../../../main/ingest/document-thread.js';
import { IngestError } from '../../../main/ingest/errors.js';
import { importFiles, type ImportResult, type IngestProgress } from '../../../main/ingest/import-files.js';
import { openCorpus } from '../../../main/store/db.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

/** A document thread whose first reading of `victim` is stopped, after `afterMs`, as the memory watchdog stops one. */
class StoppedOnce extends DocumentThread {
  private stopped = false;

  constructor(private readonly victim: string, private readonly afterMs: number) {
    super(192);
  }

  override read(file: FileToRead, context: ReadContext): ReturnType<DocumentThread['read']> {
    if (this.stopped || file.fileName !== this.victim) return super.read(file, context);
    this.stopped = true;
    context.onProgress?.({ kind: 'document-start', fileName: file.fileName, pages: 5 });
    const error = new IngestError('PAGE_TOO_COMPLEX', `${file.fileName}: page 1 (reading its text layer) needed more memory than the import may use (budget 750 MB); the document was skipped`, { byMemoryWatch: true });
    return new Promise((_, reject) => setTimeout(() => reject(error), this.afterMs));
  }
}

it('says at once that a document is set aside to be read again alone, and counts its pages once', async () => {
  const db = await openCorpus(join(dir.path, 'corpus.sqlite'), { create: true });
  const events: IngestProgress[] = [];
  const results: ImportResult[] = [];
  const [victim, other] = [devFile('000.pdf'), devFile('002.pdf')];
  const threads = [new StoppedOnce('000.pdf', 300), new DocumentThread(192)];
  try {
    await importFiles(db, [victim, other], {
      jobs: 2,
      ocr: 'never',
      threads: { threads, rssBefore: process.memoryUsage.rss(), terminate: async () => undefined },
      onProgress: (event) => events.push(event),
      onResult: (result) => results.push(result),
    });
  } finally {
    db.close();
  }
  expect(results.map((result) => [result.file, result.status])).toEqual([[other, 'imported'], [victim, 'imported']]);
  const told = events.filter((event) => event.fileName === '000.pdf' && event.kind !== 'page-done');
  // Set aside, said as soon as it was stopped, then begun again, marked.
  expect(told.map((event) => [event.kind, event.kind === 'document-start' ? event.again === true : null])).toEqual([
    ['document-start', false],
    ['read-again', null],
    ['document-start', true],
  ]);
  expect(told[1]).toMatchObject({ reason: expect.stringMatching(/^000\.pdf: page 1 .*needed more memory/u) });
  const counted = events.filter((event) => event.kind === 'document-start' && event.again !== true).map((event) => event.fileName);
  expect(counted.sort()).toEqual(['000.pdf', '002.pdf']);
}, 120_000);

it('reads again alone a document the watchdog stopped with no other beside it (memory held by earlier documents counts against a budget)', async () => {
  // One job: the verdict came while nothing else was read, but the budget then also held what
  // earlier pages left (tesseract's heaps never shrink). The solo pass stops the pool and counts
  // from there, so the document is read again rather than failed on a flaky budget.
  const db = await openCorpus(join(dir.path, 'alone.sqlite'), { create: true });
  const events: IngestProgress[] = [];
  const results: ImportResult[] = [];
  const [first, victim] = [devFile('002.pdf'), devFile('000.pdf')];
  try {
    await importFiles(db, [first, victim], {
      jobs: 1,
      ocr: 'never',
      threads: { threads: [new StoppedOnce('000.pdf', 100)], rssBefore: process.memoryUsage.rss(), terminate: async () => undefined },
      onProgress: (event) => events.push(event),
      onResult: (result) => results.push(result),
    });
  } finally {
    db.close();
  }
  expect(results.map((result) => [result.file, result.status])).toEqual([[first, 'imported'], [victim, 'imported']]);
  expect(events.find((event) => event.kind === 'read-again')).toMatchObject({ fileName: '000.pdf', beside: false });
}, 120_000);

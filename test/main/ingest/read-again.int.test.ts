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
import { DocumentThread } from '../../../main/ingest/document-thread.js';
import { importFiles, type ImportResult, type IngestProgress } from '../../../main/ingest/import-files.js';
import type { ApiEvent } from '../../../main/api/events.js';
import { createImportRunner } from '../../../main/api/imports.js';
import { openCorpus } from '../../../main/store/db.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';
import { HeldUntil, StoppedOnce, startedThreads } from '../../helpers/stopped-once.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

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

it('tells the app, through the API’s events, that a document is set aside to be read again alone, as the CLI says it (the app said nothing)', async () => {
  const db = await openCorpus(join(dir.path, 'app.sqlite'), { create: true });
  const events: ApiEvent[] = [];
  const imports = createImportRunner(db, {
    emit: (event) => events.push(event),
    jobs: 2,
    // The other document's result is held until the set-aside is told, so the order asserted
    // below is the import's, not the machine's speed.
    startThreads: () => startedThreads([new StoppedOnce('000.pdf', 300), new HeldUntil(() => events.some((event) => event.type === 'import-file-read-again'))]),
  });
  try {
    await imports.start({ paths: [devFile('000.pdf'), devFile('002.pdf')] });
    await imports.idle();
  } finally {
    await imports.close();
    db.close();
  }
  const told = events.flatMap((event) => (event.type === 'import-file-read-again' ? [`again ${event.fileName}`] : event.type === 'import-file-done' ? [`done ${event.outcome.fileName} ${event.outcome.status}`] : []));
  // Said when it was stopped, before the other document's result; its own result comes last.
  expect(told).toEqual(['again 000.pdf', 'done 002.pdf imported', 'done 000.pdf imported']);
  expect(events.find((event) => event.type === 'import-file-read-again')).toMatchObject({ beside: true, reason: expect.stringMatching(/^000\.pdf: page 1 .*needed more memory/u) });
}, 120_000);

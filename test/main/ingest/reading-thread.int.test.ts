/**
 * A reading thread is free for the next document once a document's pages are read, while that
 * one's last pages are still being OCR'd: a failure of that OCR then fails that document alone,
 * never the next one, which the thread is reading meanwhile.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, expect, it } from 'vitest';
import { DocumentThread, type FileToRead, type ReadContext } from '../../../main/ingest/document-thread.js';
import type { OcrPool, TimedOcrResult } from '../../../main/ingest/ocr-pool.js';
import type { DocumentToStore } from '../../../main/store/document-writer.js';
import { createSemaphore } from '../../../main/util/semaphore.js';
import { devFile } from '../../helpers/fixtures.js';

const WORDS = [{ text: 'Lecture', confidence: 91, x0: 12, y0: 30, x1: 140, y1: 62 }];

/** An OCR pool whose engine answers after a while, and fails once `broken()` says so. */
function delayedPool(broken: () => boolean): OcrPool {
  const run = async (): Promise<TimedOcrResult> => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (broken()) throw new Error('the OCR engine stopped');
    return { text: 'Lecture du condensat de la page, assez longue pour compter', confidence: 91, words: WORDS, seconds: 0 };
  };
  return { run, recognize: async () => run(), queueLength: () => 0, size: () => 2, terminate: async () => undefined };
}

async function fileOf(name: string): Promise<FileToRead> {
  const bytes = new Uint8Array(await readFile(devFile(name)));
  return { path: devFile(name), fileName: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const thread = new DocumentThread(192);
afterAll(() => thread.terminate());

it('reads the next document once a scan’s pages are read, and a failure of the scan’s last OCR fails the scan alone', async () => {
  let freed = false;
  let next: Promise<DocumentToStore> | undefined;
  const [scan, text] = await Promise.all([fileOf('000-scan.pdf'), fileOf('003.pdf')]);
  const context = (onThreadFree?: () => void): ReadContext => ({
    ocr: 'auto',
    limits: { pageTimeoutMs: 60_000, documentTimeoutMs: 600_000, heapMb: 192 },
    getOcrPool: async () => delayedPool(() => freed),
    ocrSlots: createSemaphore(8),
    likelyScan: true,
    onThreadFree,
  });
  const first = thread.read(scan, context(() => {
    freed = true;
    next = thread.read(text, { ...context(), likelyScan: false });
  }));
  await expect(first).rejects.toMatchObject({ code: 'OCR_FAILED', message: expect.stringMatching(/^000-scan\.pdf: OCR failed on page \d \(the OCR engine stopped\)$/u) });
  expect(next).toBeDefined();
  const document = await next;
  expect(document).toMatchObject({ fileName: '003.pdf', kind: 'text' });
  expect(document?.pages).toHaveLength(5);
  expect(document?.mentions.length).toBeGreaterThan(0);
});

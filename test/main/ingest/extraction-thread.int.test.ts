/**
 * The import's extraction thread: a document whose extraction runs over its limits (a step past
 * the page time limit, the thread's heap) fails alone, the thread is replaced, and the document
 * queued behind it is extracted on the new one, its queueing never charged to its clock.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { extractDocument, type PageInput } from '../../../extractors/index.js';
import { ExtractionThread, type ExtractionJob } from '../../../main/ingest/extraction-thread.js';
import { devFile } from '../../helpers/fixtures.js';

const text = readFileSync(devFile('000.txt'), 'utf8');
const pages: PageInput[] = [{ page: 1, text, source: 'text' }];
/** One page holding the newsletter `times` over: far slower to extract, and far larger, than any real page. */
const hugePage = (times: number): PageInput[] => [{ page: 1, text: Array.from({ length: times }, () => text).join('\n'), source: 'text' }];

/** A name the corpus knows: its other occurrences are proposed (the context reaches the thread). */
const context = { knownNames: [{ type: 'organisation' as const, text: 'Carvin', value: 'Carvin' }] };

const job = (fileName: string, jobPages: readonly PageInput[], pageTimeoutMs: number, documentTimeoutMs = 600_000): ExtractionJob => ({
  fileName,
  pages: jobPages,
  context,
  limits: { pageTimeoutMs, documentTimeoutMs },
  spentMs: 0,
});

let thread: ExtractionThread | undefined;
afterEach(async () => {
  await thread?.terminate();
  thread = undefined;
});

it('fails a document whose extraction step runs past the page time limit, names it, and extracts the one queued behind on a fresh thread, uncharged', async () => {
  thread = new ExtractionThread(192);
  // Queued at once, behind it: its budget (1 s) is shorter than the huge page's limit alone, so
  // that the time it waited would have failed it, had it been charged.
  const slow = thread.extract(job('huge.pdf', hugePage(200), 1_000));
  const next = thread.extract(job('next.pdf', pages, 1_000, 1_000));
  await expect(slow).rejects.toMatchObject({ code: 'PAGE_TIMEOUT', message: expect.stringMatching(/^huge\.pdf: (page 1 \(extracting mentions\)|finding the document date) took longer than 1 s$/u) });
  const extraction = await next;
  expect(extraction).toEqual(extractDocument(pages, context));
  expect(extraction).not.toEqual(extractDocument(pages, {})); // the known name was told
});

it('fails only the document being extracted when the thread runs out of memory, and extracts the next on a fresh thread', async () => {
  // The cap lies between what one letter needs on a fresh thread (about 33 MB with session 28's extractors: 32 left
  // it no room) and what 300 letters on one page need (over 48 MB).
  thread = new ExtractionThread(48);
  const huge = thread.extract(job('huge.pdf', hugePage(300), 600_000));
  const next = thread.extract(job('next.pdf', pages, 600_000));
  await expect(huge).rejects.toMatchObject({ code: 'PAGE_TOO_COMPLEX', message: expect.stringMatching(/^huge\.pdf: .+ needs more than 48 MB of memory; the document was skipped$/u) });
  expect(await next).toEqual(extractDocument(pages, context));
});

it('fails the documents it holds when it is stopped (an import that ends on a corpus fault), and extracts again after', async () => {
  thread = new ExtractionThread(192);
  const running = thread.extract(job('first.pdf', hugePage(50), 600_000));
  const queued = thread.extract(job('second.pdf', pages, 600_000));
  // Their outcomes are awaited from before the stop: terminate() waits for the thread to exit,
  // and a rejection left without a handler over that wait is an unhandled rejection.
  const outcomes = Promise.all([
    expect(running).rejects.toMatchObject({ message: expect.stringMatching(/^first\.pdf: /u) }),
    expect(queued).rejects.toMatchObject({ message: expect.stringMatching(/^second\.pdf: /u) }),
  ]);
  await thread.terminate();
  await outcomes;
  expect(await thread.extract(job('third.pdf', pages, 600_000))).toEqual(extractDocument(pages, context));
});

/**
 * Extraction thread entry: runs the extractors over each document's final pages for the importer,
 * one document at a time, in the order they come (extraction-thread.ts). Only the extractors load
 * here, never pdf.js: V8 shares no compiled code between threads, and a thread that both read and
 * extracted loaded, warmed up and optimised both, once per thread (README, "What a second
 * document thread costs"). Every page is announced as a step, so the importer times it on its own
 * clock and stops this thread when one runs over.
 */
import { parentPort } from 'node:worker_threads';
import type { DocumentExtraction } from '../../extractors/index.js';
import type { DocumentStep, FromExtractionThread, ToExtractionThread } from './document-messages.js';
import { WARM_UP_PAGES } from './thread-warm-up.js';
import { tuneTiering } from './v8-tiering.js';

// Before the extractors load: V8 optimises their functions later, so less often (v8-tiering.ts).
tuneTiering();

const port = parentPort;

function send(message: FromExtractionThread): void {
  port?.postMessage(message);
}

function step(name: DocumentStep, page: number | null, pages = 1): void {
  send({ type: 'step', step: name, page, pages });
}

/**
 * The extractors loaded and run once on an invented page (thread-warm-up.ts), which builds their
 * lexicons and compiles their patterns: the thread's start-up, begun as it starts, and awaited
 * before a document's first step, so that no page is charged for it.
 */
const warm = import('../../extractors/index.js').then((extractors) => {
  extractors.extractDocument(WARM_UP_PAGES, {});
  return extractors;
});

/** The extractors over the final pages, each page under its own clock (the date under one per page). */
async function extract({ pages, context }: ToExtractionThread): Promise<DocumentExtraction> {
  const { extractDocument } = await warm;
  return extractDocument(pages, context, (stage, page) => {
    if (stage === 'date') step('date', null, pages.length);
    else step('extract', page?.page ?? null);
  });
}

/** Documents are extracted one after the other, in the order they came. */
let queue: Promise<void> = Promise.resolve();

port?.on('message', (message: ToExtractionThread) => {
  queue = queue.then(async () => {
    try {
      send({ type: 'extracted', extraction: await extract(message) });
    } catch (error) {
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
});

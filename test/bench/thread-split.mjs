// What arranging the document threads by stage would save, measured outside the importer: the
// work of a text-layer import's threads (pdf.js's text layer of every page, then the extractors
// over the document), each thread loaded and warmed up as a document thread is, in two ways:
//   mixed: two threads, each reading and extracting every other document (the importer today);
//   split: one thread reads every document's text layer, and one extracts every document, the
//          texts handed over as each document is read;
//   split2: two threads each read every other document's text layer, and a third extracts every
//          document in arrival order (the importer since session 22: `--jobs 2` still reads two
//          documents at once).
// V8 shares no compiled code between threads: in `mixed` both threads load, warm up and optimise
// pdf.js and the extractors; in `split` each is loaded and optimised once. No SQLite, no file
// screen, no step clock: only what the two arrangements do differently. Run on the built code
// (`npm run build`): `node test/bench/thread-split.mjs split|split2|mixed FOLDER`; prints the mode and
// the mentions found (the same count either way). Time it as a whole process, the two in turn.
import { MessageChannel, Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextEncoder } from 'node:util';

const dist = new URL('../../dist/', import.meta.url);
/** The document threads' own limits (document-thread.ts). */
const resourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };

async function main() {
  const [mode, folder] = process.argv.slice(2);
  if (!['split', 'split2', 'mixed'].includes(mode) || folder === undefined) throw new Error('usage: thread-split.mjs split|split2|mixed FOLDER');
  const files = readdirSync(folder).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(folder, name));
  const thread = (data, transferList = []) => new Worker(new URL(import.meta.url), { workerData: data, transferList, resourceLimits });
  const threads = [];
  if (mode === 'mixed') {
    for (const lane of [0, 1]) threads.push(thread({ role: 'both', files: files.filter((_, index) => index % 2 === lane) }));
  } else {
    const readers = mode === 'split' ? 1 : 2;
    const channels = Array.from({ length: readers }, () => new MessageChannel());
    channels.forEach(({ port1 }, lane) => threads.push(thread({ role: 'read', files: files.filter((_, index) => index % readers === lane), port: port1 }, [port1])));
    const ports = channels.map(({ port2 }) => port2);
    threads.push(thread({ role: 'extract', ports }, ports));
  }
  let mentions = 0;
  for (const worker of threads) worker.on('message', (count) => (mentions += count));
  await Promise.all(threads.map((worker) => new Promise((resolve, reject) => worker.on('exit', resolve).on('error', reject))));
  process.stdout.write(`${mode}\t${files.length} files\t${mentions} mentions\n`);
}

/** A document thread's start: V8 tuning, one-call inflate, then pdf.js and/or the extractors loaded and warmed up. */
async function startThread(reads, extracts) {
  (await import(new URL('main/ingest/v8-tiering.js', dist))).tuneTiering();
  (await import(new URL('main/ingest/inflate-stream.js', dist))).installOneCallInflate();
  const { WARM_UP_PAGES, WARM_UP_PDF } = await import(new URL('main/ingest/thread-warm-up.js', dist));
  const pdf = reads ? await import(new URL('main/ingest/pdf-document.js', dist)) : null;
  const extractors = extracts ? await import(new URL('extractors/index.js', dist)) : null;
  if (pdf !== null) {
    const doc = await pdf.openPdf(new TextEncoder().encode(WARM_UP_PDF), 'warm-up.pdf');
    await pdf.readPageText(await doc.getPage(1));
    await doc.destroy();
  }
  extractors?.extractDocument(WARM_UP_PAGES, {});
  const read = async (path) => {
    const doc = await pdf.openPdf(new Uint8Array(readFileSync(path)), path);
    const pages = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      pages.push({ page: number, text: (await pdf.readPageLayer(page)).text, source: 'text' });
      page.cleanup();
    }
    await doc.destroy();
    return pages;
  };
  const extract = (pages) => extractors.extractDocument(pages, {}).mentions.length;
  return { read, extract };
}

async function threadMain() {
  const { role, files, port, ports } = workerData;
  const { read, extract } = await startThread(role !== 'extract', role !== 'read');
  if (role === 'both') {
    let mentions = 0;
    for (const file of files) mentions += extract(await read(file));
    parentPort.postMessage(mentions);
  } else if (role === 'read') {
    for (const file of files) port.postMessage(await read(file));
    port.postMessage(null);
    port.close();
  } else {
    let mentions = 0;
    let open = ports.length;
    for (const from of ports) {
      from.on('message', (pages) => {
        if (pages !== null) return void (mentions += extract(pages));
        from.close();
        open -= 1;
        if (open === 0) parentPort.postMessage(mentions);
      });
    }
  }
}

await (isMainThread ? main() : threadMain());

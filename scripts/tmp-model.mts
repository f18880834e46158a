import { readFile } from 'node:fs/promises';
import { encodePgm } from '../main/ingest/gray-image.js';
import { createOcrPool, type FrenchModel } from '../main/ingest/ocr-pool.js';
import { pageImageForOcr } from '../main/ingest/page-image.js';
import { openPdf, readPageText } from '../main/ingest/pdf-document.js';
import { levenshtein, normaliseForCer } from '../test/helpers/cer.js';
for (const id of ['000', '002', '003']) {
  const scan = await openPdf(new Uint8Array(await readFile(`fixtures/corpus/dev/${id}-scan.pdf`)), 's');
  const text = await openPdf(new Uint8Array(await readFile(`fixtures/corpus/dev/${id}.pdf`)), 't');
  const pages = [];
  for (let n = 1; n <= scan.numPages; n++) pages.push({ input: (await pageImageForOcr(scan, await scan.getPage(n))).input, ref: await readPageText(await text.getPage(n)) });
  for (const model of ['standard', 'best_int'] as FrenchModel[]) {
    const t0 = performance.now();
    const pool = await createOcrPool({ size: 1, model });
    const t1 = performance.now();
    let dist = 0, len = 0, secs = 0;
    for (const p of pages) {
      const r = await pool.run({ image: encodePgm(p.input.image), dpi: p.input.dpi });
      secs += r.seconds;
      const ref = normaliseForCer(p.ref);
      dist += levenshtein(normaliseForCer(r.text), ref); len += ref.length;
    }
    console.log(id, model, 'init', ((t1 - t0) / 1000).toFixed(2), 's/page', (secs / pages.length).toFixed(2), 'CER', ((dist / len) * 100).toFixed(2) + '%');
    await pool.terminate();
  }
}

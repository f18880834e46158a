/**
 * Writes the page texts of PDFs (text layer, and OCR of every page) to JSON, so extractor work
 * can iterate without re-running OCR: `node --import tsx scripts/dump-pages.ts OUT_DIR FILE.pdf...`.
 * Each output is `{file, pages: [{page, source, text, confidence?}]}`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createOcrPool } from '../main/ingest/ocr-pool.js';
import { openPdf, readPageText, renderPageToPng } from '../main/ingest/pdf-document.js';
import { judgeTextLayer } from '../main/ingest/text-quality.js';

const [outDir, ...files] = process.argv.slice(2);
if (outDir === undefined || files.length === 0) throw new Error('usage: dump-pages.ts OUT_DIR FILE.pdf...');
await mkdir(outDir, { recursive: true });
const ocr = await createOcrPool();
try {
  await Promise.all(
    files.map(async (file) => {
      const doc = await openPdf(new Uint8Array(await readFile(file)), basename(file));
      const pages = [];
      for (let number = 1; number <= doc.numPages; number += 1) {
        const page = await doc.getPage(number);
        const text = await readPageText(page);
        if (judgeTextLayer(text).usable) {
          pages.push({ page: number, source: 'text', text });
        } else {
          const { png } = await renderPageToPng(doc, page);
          const result = await ocr.recognize(png);
          pages.push({ page: number, source: 'ocr', text: result.text, confidence: result.confidence });
        }
        page.cleanup();
      }
      await doc.destroy();
      await writeFile(join(outDir, `${basename(file)}.json`), JSON.stringify({ file: basename(file), pages }, null, 1));
      console.log(file, pages.length);
    }),
  );
} finally {
  await ocr.terminate();
}

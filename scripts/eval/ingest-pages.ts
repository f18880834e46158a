/** Reads page texts through the real ingest (pdf.js text layer, OCR when unusable), like dump-pages.ts. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createOcrPool } from '../../main/ingest/ocr-pool.js';
import { openPdf, readPageText, renderPageToPng } from '../../main/ingest/pdf-document.js';
import { judgeTextLayer } from '../../main/ingest/text-quality.js';

export interface IngestedPages {
  readonly file: string;
  readonly pages: { page: number; source: 'text' | 'ocr'; text: string }[];
}

export async function readPagesWithIngest(files: readonly string[]): Promise<IngestedPages[]> {
  const ocr = await createOcrPool();
  try {
    return await Promise.all(
      files.map(async (file) => {
        const doc = await openPdf(new Uint8Array(await readFile(file)), basename(file));
        const pages: IngestedPages['pages'] = [];
        for (let number = 1; number <= doc.numPages; number += 1) {
          const page = await doc.getPage(number);
          const text = await readPageText(page);
          if (judgeTextLayer(text).usable) pages.push({ page: number, source: 'text', text });
          else {
            const { png } = await renderPageToPng(doc, page);
            pages.push({ page: number, source: 'ocr', text: (await ocr.recognize(png)).text });
          }
          page.cleanup();
        }
        await doc.destroy();
        return { file: basename(file), pages };
      }),
    );
  } finally {
    await ocr.terminate();
  }
}

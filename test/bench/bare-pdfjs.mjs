// The bare engine the text import is measured against: pdf.js getTextContent on every page of
// the files named on the command line, nothing else (no extraction, no storage). Plain JS, run
// by plain `node`, so no transpiler start-up is charged to it. Prints `pages maxRssKiB`.
import { readFile } from 'node:fs/promises';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
let pages = 0;
for (const path of process.argv.slice(2)) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    await page.getTextContent();
    page.cleanup();
    pages += 1;
  }
  await doc.destroy();
}
process.stdout.write(`${pages} ${process.resourceUsage().maxRSS}\n`);

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesPdf, rawPdf } from '../../../scripts/adversarial/raw-pdf.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const content = (text: string): { dictionary: string; stream: Uint8Array } => ({ dictionary: '<< >>', stream: Buffer.from(text, 'latin1') });

/**
 * Issue 13, round 3: pages sent to OCR for nothing. A text layer of figures only (a table of
 * numbers) was OCR'd as if missing, and so was every page of a file of thousands of 1-point pages
 * (each a page number): 5 000 of them took six minutes of OCR on 4 × 4-pixel images.
 */
describe('pages OCR cannot improve', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const importLine = async (name: string, bytes: Buffer): Promise<string> => {
    const file = join(dir.path, name);
    writeFileSync(file, bytes);
    const run = await runCli(['import', file, '--db', join(dir.path, `${name}.sqlite`), '--jobs', '1'], { timeoutMs: 120_000 });
    expect(run.code).toBe(0);
    return run.stdout;
  };

  it('keeps a text layer of figures only, without OCR', async () => {
    const rows = Array.from({ length: 30 }, (_, row) => `0 -16 Td (${2000 + row}    ${row * 37 + 5}    ${row * 412}) Tj`).join(' ');
    const pdf = pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content(`BT /H 11 Tf 60 800 Td ${rows} ET\n`), HELVETICA]);
    expect(await importLine('chiffres.pdf', pdf)).toMatch(/^imported\tchiffres\.pdf\t1 pages \(1 text, 0 OCR\)/u);
  });

  it('does not OCR pages too small to hold a line of text', async () => {
    const count = 300;
    const pdf = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, index) => `${5 + index} 0 R`).join(' ')}] /Count ${count} /MediaBox [0 0 1 1] /Resources << /Font << /H 4 0 R >> >> >>`,
      content('BT /H 1 Tf 0 0 Td (12) Tj ET\n'),
      HELVETICA,
      ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>'),
    ]);
    expect(await importLine('minuscule.pdf', pdf)).toMatch(/^imported\tminuscule\.pdf\t300 pages \(300 text, 0 OCR\)/u);
  });
});

/**
 * The same class of defect as issue 13's point 1, elsewhere in the exports: a write error must
 * fail the export at once (not leave it waiting forever), and no document's text may silently
 * replace another's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../../../main/export/mentions-csv.js';
import { exportTexts } from '../../../main/export/text.js';
import { exportTxm } from '../../../main/export/txm.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

describe('export write errors and names', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  // /dev/full answers every write with ENOSPC, as a full disk does.
  it.skipIf(!existsSync('/dev/full'))('a CSV export on a full disk fails with the error instead of hanging', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => [`document-${index}.pdf`, index, 'une cellule de texte assez longue pour remplir les tampons'] as const);
    const outcome = await Promise.race([
      writeCsv('/dev/full', ['document', 'page', 'text'], rows, { delimiter: ',', bom: false }).then(
        () => 'resolved',
        (error: unknown) => (error as { code?: string }).code ?? 'rejected',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000)),
    ]);
    expect(outcome).toBe('ENOSPC');
  });

  it('two documents whose names differ only by case get two text files', async () => {
    const db = openTestDb();
    storeTextDocument(db, 'Lettre.pdf', ['Première lettre.'], []);
    storeTextDocument(db, 'lettre.pdf', ['Seconde lettre.'], []);
    const out = join(dir.path, 'texts');
    const written = await exportTexts(db, out);
    expect(written.map((text) => text.id)).toEqual(['Lettre', 'lettre-2']);
    expect(readdirSync(out).sort()).toEqual(['Lettre.txt', 'lettre-2.txt']);
    expect(readFileSync(join(out, 'lettre-2.txt'), 'utf8')).toBe('Seconde lettre.');
  });

  // Issue 13, round 4: on Windows `CON.txt` opens the console, `fin..txt` is saved as `fin.txt`
  // (over another document's text) and `a:b.txt` is refused; every OS gets the same portable names.
  it('text and TXM files are named portably and uniquely, whatever the documents are called', async () => {
    const db = openTestDb();
    const names = ['CON.pdf', 'nul.rapport.pdf', 'fin..pdf', 'fin.pdf', 'a:b?.pdf', 'pas\\de|chemin.pdf', 'inverse\u202efdp.pdf', ' .pdf'];
    names.forEach((name, index) => storeTextDocument(db, name, [`Texte numéro ${index}.`], []));
    const out = join(dir.path, 'portable');
    const written = await exportTexts(db, out);
    const ids = new Map(written.map((text) => [text.document.fileName, text.id]));
    expect(names.map((name) => ids.get(name))).toEqual(['_CON', '_nul.rapport', expect.stringMatching(/^fin(?:-2)?$/u), expect.stringMatching(/^fin(?:-2)?$/u), 'a_b_', 'pas_de_chemin', 'inverse_fdp', 'document']);
    expect(new Set(ids.values()).size).toBe(names.length);
    expect(readdirSync(out)).toHaveLength(names.length);
    // Each document's text is in its own file, none replaced another.
    for (const text of written) expect(readFileSync(text.path, 'utf8')).toBe(`Texte numéro ${names.indexOf(text.document.fileName)}.`);
    const txm = join(dir.path, 'txm');
    await exportTxm(db, txm);
    const files = readdirSync(txm).filter((file) => file.endsWith('.txt'));
    expect(files.sort()).toEqual(written.map((text) => `${text.id}.txt`).sort());
  });
});


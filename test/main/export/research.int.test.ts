/**
 * TXM and IRaMuTeQ exports, validated by parsers of their documented formats
 * (test/helpers/research-formats.ts): one text per work, unique ids, the variables, XML-safe
 * characters, no stray `*`, hyphenation joined, running headers, page numbers and slide counters
 * removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportIramuteq } from '../../../main/export/iramuteq.js';
import { exportTxm } from '../../../main/export/txm.js';
import { openTestDb } from '../../helpers/db.js';
import { storeDevDocument, storeExtractedDocument } from '../../helpers/dev-corpus.js';
import { tempDir } from '../../helpers/fixtures.js';
import { iramuteqProblems, txmProblems } from '../../helpers/research-formats.js';

const HEADER = 'Rapport annuel — PTCE Morvan';
const REPORT = [1, 2, 3, 4].map((page) => `${HEADER}\n${['Le pôle en chiffres (1/2)', 'Nos partenaires (2/2)', 'Perspectives', 'Annexes'][page - 1] ?? ''}\nLe dévelop- pement du pôle se poursuit avec ses partenaires numéro ${page * 7}.\nUne ligne propre à la page ${page}, avec une étoile * et un ****\fsaut.\n${page}`);

describe('research exports', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const db = openTestDb();
  for (const file of ['000.pdf', '000-scan.pdf', '002.pdf']) storeDevDocument(db, file);
  storeExtractedDocument(db, 'lettre.pdf', [{ page: 1, source: 'text', text: 'Une première lettre du PTCE Tarentaise sur les jardins partagés.' }], 'sha-a');
  storeExtractedDocument(db, 'lettre.pdf', [{ page: 1, source: 'text', text: 'Une tout autre lettre, consacrée à la mobilité solidaire en montagne.' }], 'sha-b');
  storeExtractedDocument(db, 'rapport.pdf', REPORT.map((text, index) => ({ page: index + 1, text, source: 'text' as const })));

  it('TXM: a valid TXT + CSV corpus, one text per work, with the variables', async () => {
    const out = join(dir.path, 'txm');
    expect(await exportTxm(db, out)).toBe(5);
    const { problems, rows } = txmProblems(out);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.id).sort()).toEqual(['000', '002', 'lettre', 'lettre-2', 'rapport']);
    expect(rows.find((row) => row.id === '000')).toMatchObject({ ptce: 'PTCE Émergence Hénin-Carvin', annee: '2022', genre: 'lettre', source: 'texte', pages: '5', fichiers: '000.pdf | 000-scan.pdf' });
    const report = readFileSync(join(out, 'rapport.txt'), 'utf8');
    expect(report).toContain('Le développement du pôle se poursuit avec ses partenaires numéro 7.');
    expect(report).not.toContain(HEADER);
    expect(report).toContain('Le pôle en chiffres\n');
    expect(report).toContain('Nos partenaires\n');
    expect(report).not.toMatch(/\(\d\/2\)/u);
    expect(report).not.toMatch(/\f|^\d+$/mu);
  });

  it('IRaMuTeQ: a valid corpus with unique ids, ASCII variables and no stray star', async () => {
    const out = join(dir.path, 'corpus.txt');
    expect(await exportIramuteq(db, out)).toBe(5);
    const { problems, headers } = iramuteqProblems(out);
    expect(problems).toEqual([]);
    expect(headers).toContain('**** *id_000 *ptce_emergence_henin_carvin *annee_2022 *genre_lettre *source_texte *pages_5');
    expect(headers.map((header) => header.split(' ')[1])).toEqual(['*id_000', '*id_002', '*id_lettre', '*id_lettre_2', '*id_rapport']);
    expect(readFileSync(out, 'utf8')).toContain('Le développement du pôle');
  });
});

/**
 * The indicator export on documents stored through the real extractors: a deck about several
 * PTCEs, --status, conflicts, the wide layout and the unmapped file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusIndicatorTable, exportIndicators, unmappedPath } from '../../../main/export/indicators-csv.js';
import { listMentions } from '../../../main/store/mentions.js';
import { acceptMention } from '../../../main/store/review.js';
import { openTestDb } from '../../helpers/db.js';
import { storeExtractedDocument } from '../../helpers/dev-corpus.js';
import { tempDir } from '../../helpers/fixtures.js';

const DECK = [
  'Webinaire régional des pôles territoriaux\nJeudi 5 juin 2025\nQuatre pôles témoignent.',
  'Le PTCE Tarentaise en bref\nEn 2024, le pôle compte 120 adhérents et a organisé 14 ateliers.',
  'Le PTCE Morvan en bref\nEn 2024, le pôle compte 35 adhérents.',
  'Quiz\nQuelle part des pôles a plus de dix ans ? Réponse A : 63 %\nContact : 03 21 45 67 89',
];

const LETTER_A = ['La lettre du PTCE Tarentaise\nBilan de l’année 2024\nLe pôle compte 120 adhérents.'];
const LETTER_B = ['Rapport annuel du PTCE Tarentaise\nBilan de l’année 2024\nAprès une année de travail collectif, nous comptons désormais 118 adhérents dans nos rangs.'];

const csv = (file: string, delimiter = ','): Record<string, string>[] => parse(readFileSync(file, 'utf8'), { bom: true, delimiter, columns: true }) as Record<string, string>[];

describe('the indicators export', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('credits each slide of a multi-PTCE deck to its PTCE and keeps quiz answers and phones out', () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'webinaire.pdf', DECK.map((text, index) => ({ page: index + 1, text, source: 'text' as const })));
    const table = corpusIndicatorTable(db);
    const cells = table.rows.map((row) => [row.ptce, row.period, row.indicator.id, row.value, row.inferred]);
    expect(cells).toEqual(
      expect.arrayContaining([
        ['PTCE Tarentaise', '2024', 'members', 120, false],
        ['PTCE Tarentaise', '2024', 'events', 14, false],
        ['PTCE Morvan', '2024', 'members', 35, false],
      ]),
    );
    expect(table.rows).toHaveLength(3);
    const everything = [...table.rows.flatMap((row) => row.sources), ...table.unmapped.map((figure) => figure.source)].map((source) => source.text);
    expect(everything.some((text) => text.includes('63'))).toBe(false);
    expect(everything.some((text) => text.includes('03 21'))).toBe(false);
  });

  it('flags a conflict when sources disagree, keeping every value and source', () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'lettre.pdf', LETTER_A.map((text) => ({ page: 1, text, source: 'text' as const })));
    storeExtractedDocument(db, 'rapport.pdf', LETTER_B.map((text) => ({ page: 1, text, source: 'text' as const })));
    const [row] = corpusIndicatorTable(db).rows;
    expect(row).toMatchObject({ ptce: 'PTCE Tarentaise', period: '2024', conflict: true, values: [120, 118] });
    expect(row?.sources.map((source) => source.document).sort()).toEqual(['lettre.pdf', 'rapport.pdf']);
  });

  it('honours --status: accepted only, and says how many pending figures were left out', async () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'webinaire.pdf', DECK.map((text, index) => ({ page: index + 1, text, source: 'text' as const })));
    const figure = listMentions(db, { types: ['figure'] }).find((mention) => mention.text.startsWith('35'));
    if (figure === undefined) throw new Error('no figure 35');
    acceptMention(db, 'test', figure.id);
    const out = join(dir.path, 'accepted.csv');
    const summary = await exportIndicators(db, out, { delimiter: ';', bom: true, status: 'accepted' });
    expect(csv(out, ';').map((row) => [row.ptce, row.indicator, row.value, row.statuses])).toEqual([['PTCE Morvan', 'members', '35', 'accepted:1']]);
    expect(summary.leftOut).toBe(listMentions(db, { types: ['figure'], statuses: ['pending'] }).length);
  });

  it('writes the long layout with its sources, the wide layout and the unmapped figures apart', async () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'webinaire.pdf', DECK.map((text, index) => ({ page: index + 1, text, source: 'text' as const })));
    storeExtractedDocument(db, 'anniversaire.pdf', [{ page: 1, text: 'La lettre du PTCE Morvan\nLe pôle fête ses 10 ans en 2024.', source: 'text' }]);
    const long = join(dir.path, 'long.csv');
    await exportIndicators(db, long, { delimiter: ',', bom: false });
    const rows = csv(long);
    expect(rows.find((row) => row.indicator === 'events')).toMatchObject({ ptce: 'PTCE Tarentaise', label: 'Événements et rencontres', value: '14', unit: 'événement', conflict: 'non', period_inferred: 'non' });
    expect(rows.find((row) => row.indicator === 'events')?.sources).toMatch(/^webinaire\.pdf p\.2 \[\d+-\d+\] 14 ateliers$/u);
    expect(csv(unmappedPath(long)).map((row) => [row.ptce, row.value, row.unit])).toEqual([
      ['PTCE Morvan', '10', 'an'],
      ['inconnu', '4', 'pôle'],
    ]);
    const wide = join(dir.path, 'wide.csv');
    await exportIndicators(db, wide, { delimiter: ',', bom: false, layout: 'wide' });
    expect(csv(wide)).toEqual([
      { ptce: 'PTCE Morvan', period: '2024', period_inferred: 'non', 'Membres (membre)': '35', 'Événements et rencontres (événement)': '', conflicts: '' },
      { ptce: 'PTCE Tarentaise', period: '2024', period_inferred: 'non', 'Membres (membre)': '120', 'Événements et rencontres (événement)': '14', conflicts: '' },
    ]);
  });
});

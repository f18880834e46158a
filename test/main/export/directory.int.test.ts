/**
 * The directory on documents stored through the real extractors: roles with their organisations,
 * contacts from the person's own line or block only, one row per person, sources and conflicts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { DIRECTORY_COLUMNS, directoryRows, exportDirectoryCsv } from '../../../main/export/directory-csv.js';
import { listMentions } from '../../../main/store/mentions.js';
import { acceptMention } from '../../../main/store/review.js';
import { openTestDb } from '../../helpers/db.js';
import { storeDevDocument, storeExtractedDocument } from '../../helpers/dev-corpus.js';
import { tempDir } from '../../helpers/fixtures.js';

type Row = Record<(typeof DIRECTORY_COLUMNS)[number], string>;

function rowsOf(cells: (string | number)[][]): Map<string, Row> {
  return new Map(cells.map((row) => [String(row[0]), Object.fromEntries(DIRECTORY_COLUMNS.map((column, index) => [column, String(row[index])])) as Row]));
}

describe('the directory', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('dev documents: roles from role mentions, contacts from the signature block, nothing from proximity', () => {
    const db = openTestDb();
    for (const file of ['000.pdf', '002.pdf', '003.pdf']) storeDevDocument(db, file);
    const rows = rowsOf(directoryRows(db));
    expect(rows.get('Félix Delsert')).toMatchObject({ roles: 'chargé·e de développement', emails: 'fdelsert@adds62.fr', phones: '06 80 59 63 40' });
    // The vice-president is named next to organisations and contacts of others: he gets only his own role.
    expect(rows.get('François Theret')).toMatchObject({ roles: 'vice-président·e (CAHC)', organisations: 'CAHC', emails: '', phones: '' });
    expect(rows.get('Sylvain Robert')).toMatchObject({ roles: 'président·e (Grand Forum Euralens)', emails: '' });
    expect(rows.get('Amélie Lefebvre-Chombart')).toMatchObject({ roles: 'directeur·rice', emails: 'amelie.lefebvre@associationphare.fr', phones: '07 68 60 69 88' });
    expect(rows.get('Margaux Guibert')).toMatchObject({ emails: 'margaux.guibert@associationphare.fr', phones: '' });
    expect(rows.get('Quentin de Parmentier-Lallement')?.roles).toMatch(/^chargé·e de mission \(CRESS/u);
    expect(rows.get('Félix Delsert')?.links).toMatch(/rôle chargé·e de développement ← 000\.pdf p\.3 \[\d+-\d+\] fr\.role\.signature/u);
    // A person with no role mention gets no organisation, however close one is.
    expect(rows.get('Christophe Pilch')).toMatchObject({ roles: '', organisations: '', emails: '' });
    expect(new Set([...rows.values()].map((row) => row.person)).size).toBe(rows.size);
  });

  it('two people on one line each get their own contacts', () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'contacts.pdf', [{ page: 1, source: 'text', text: 'Contacts : Claire Bernard claire.bernard@exemple.fr et Thomas Petit thomas.petit@exemple.fr' }]);
    const rows = rowsOf(directoryRows(db));
    expect(rows.get('Claire Bernard')?.emails).toBe('claire.bernard@exemple.fr');
    expect(rows.get('Thomas Petit')?.emails).toBe('thomas.petit@exemple.fr');
  });

  it('keeps both sides of a conflict visible, one row per person across documents', async () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'a.pdf', [{ page: 1, source: 'text', text: 'Lors de la soirée, Marie Dupont, présidente de la CRESS Bretagne, a ouvert les échanges.' }]);
    storeExtractedDocument(db, 'b.pdf', [{ page: 1, source: 'text', text: 'Le bilan financier a été présenté par Marie Dupont, trésorière de la CRESS Bretagne, en fin de séance.' }]);
    const out = join(dir.path, 'directory.csv');
    await exportDirectoryCsv(db, out, { delimiter: ';', bom: true });
    const rows = parse(readFileSync(out, 'utf8'), { bom: true, delimiter: ';', columns: true }) as Row[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person: 'Marie Dupont', roles: 'président·e (CRESS Bretagne) | trésorier·ère (CRESS Bretagne)', documents: 'a.pdf | b.pdf', mentions: '2' });
    expect(rows[0]?.conflicts).toBe('plusieurs rôles à CRESS Bretagne : président·e, trésorier·ère');
  });

  it('honours --status: accepted people only', () => {
    const db = openTestDb();
    storeExtractedDocument(db, 'a.pdf', [{ page: 1, source: 'text', text: 'Marie Dupont, présidente de la CRESS Bretagne, et Thomas Petit, trésorier, étaient là.' }]);
    const marie = listMentions(db, { types: ['person'] }).find((mention) => mention.value === 'Marie Dupont');
    const role = listMentions(db, { types: ['role'] }).find((mention) => mention.text.startsWith('Marie'));
    if (marie === undefined || role === undefined) throw new Error('fixture not extracted');
    acceptMention(db, 'test', marie.id);
    expect([...rowsOf(directoryRows(db, { status: 'accepted' })).values()].map((row) => [row.person, row.roles])).toEqual([['Marie Dupont', '']]);
    acceptMention(db, 'test', role.id);
    expect([...rowsOf(directoryRows(db, { status: 'accepted' })).values()].map((row) => [row.person, row.roles])).toEqual([['Marie Dupont', 'président·e (CRESS Bretagne)']]);
  });
});

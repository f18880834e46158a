/**
 * A document whose text dates nothing is dated by the date a person wrote in its file's name
 * (`CR-bureau-2024-03-12.pdf`): its days without a year and its relative days are read against it at
 * import, a re-extraction keeps it, the review says where it comes from, and a date a person sets
 * wins. A device's name (a scanner's stamp) and a text that dates itself are left as they were.
 * Real invented PDFs through pdf.js, the real extractors, a real SQLite file.
 */
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { ApiMethod, ApiOutputs } from '../../../main/api/contract.js';
import { dispatch } from '../../../main/api/dispatch.js';
import type { Result } from '../../../main/api/result.js';
import { createService } from '../../../main/api/service.js';
import { importFiles } from '../../../main/ingest/import-files.js';
import { openCorpus, type Db } from '../../../main/store/db.js';
import { getDocument, listDocuments } from '../../../main/store/documents.js';
import { listMentions } from '../../../main/store/mentions.js';
import { tempDir } from '../../helpers/fixtures.js';
import { writeLinesPdf } from '../../helpers/lines-pdf.js';

/** Invented minutes: a day without its year and a relative day, no year anywhere. */
const UNDATED = [
  'Compte rendu du bureau',
  "Le bureau de l'association Les Glycines s'est réuni le 12 mars",
  'avec 9 bénévoles pour préparer la fête du jardin.',
  'La prochaine réunion aura lieu mardi prochain.',
];
/** The same minutes dated on their first line. */
const DATED = ['Compte rendu du bureau du 4 février 2022', ...UNDATED.slice(1)];

const dir = tempDir('glaneur-file-name-date-');
afterAll(() => dir.cleanup());

async function importNamed(db: Db, name: string, lines: readonly string[]): Promise<number> {
  const [result] = await importFiles(db, [await writeLinesPdf(join(dir.path, name), lines, name)], { jobs: 1, ocr: 'never' });
  if (result?.status !== 'imported') throw new Error(`${name} was not imported: ${JSON.stringify(result)}`);
  const document = listDocuments(db).find((each) => each.fileName === name);
  if (document === undefined) throw new Error(`${name} is not in the corpus`);
  return document.id;
}

const dates = (db: Db, documentId: number): Record<string, string> =>
  Object.fromEntries(listMentions(db, { documentId, types: ['date'] }).map((mention) => [mention.text, mention.value]));

it('dates an undated document by its file name, keeps it on re-extraction, and lets a person override it', async () => {
  const db = await openCorpus(join(dir.path, 'named.sqlite'), { create: true });
  try {
    const documentId = await importNamed(db, 'CR-bureau-2024-03-12.pdf', UNDATED);
    expect(getDocument(db, documentId)).toMatchObject({ documentDate: '2024-03-12', documentDateInferred: true, documentDateFromFileName: true });
    expect(dates(db, documentId)).toEqual({ '12 mars': '2024-03-12', 'mardi prochain': '2024-03-19' });

    const service = createService(db, { defaultActor: 'analyst' });
    const call = <M extends ApiMethod>(method: M, input: unknown): Promise<Result<ApiOutputs[M]>> => dispatch(service, method, input) as never;
    const metadata = await call('getDocumentMetadata', { documentId });
    expect(metadata.ok && [metadata.value.documentDate, metadata.value.documentDateOrigin]).toEqual(['2024-03-12', 'file-name']);

    await call('reextract', {});
    expect(getDocument(db, documentId)).toMatchObject({ documentDate: '2024-03-12', documentDateFromFileName: true });
    expect(dates(db, documentId)['12 mars']).toBe('2024-03-12');

    // A person who knows better sets the date: it wins, and says so.
    const set = await call('updateDocumentMetadata', { documentId, changes: { documentDate: '2023-03-14' } });
    expect(set.ok && [set.value.documentDate, set.value.documentDateOrigin]).toEqual(['2023-03-14', 'person']);
    expect(getDocument(db, documentId)).toMatchObject({ documentDate: '2023-03-14', documentDateInferred: false, documentDateFromFileName: false });
    expect(dates(db, documentId)['12 mars']).toBe('2023-03-12');
    // Forgotten, the file's name dates it again.
    const cleared = await call('updateDocumentMetadata', { documentId, changes: { documentDate: null } });
    expect(cleared.ok && [cleared.value.documentDate, cleared.value.documentDateOrigin]).toEqual(['2024-03-12', 'file-name']);
  } finally {
    db.close();
  }
});

it('leaves a scanner-named file undated and prefers the date a text gives to its file name', async () => {
  const db = await openCorpus(join(dir.path, 'others.sqlite'), { create: true });
  try {
    const scanned = await importNamed(db, 'scan_20240312_103512.pdf', UNDATED);
    expect(getDocument(db, scanned)).toMatchObject({ documentDate: null, documentDateFromFileName: false });
    expect(dates(db, scanned)['12 mars']).toBe('--03-12');

    const dated = await importNamed(db, 'CR-bureau-2024-03-12-copie.pdf', DATED);
    expect(getDocument(db, dated)).toMatchObject({ documentDate: '2022-02-04', documentDateFromFileName: false });
    expect(dates(db, dated)['12 mars']).toBe('2022-03-12');
  } finally {
    db.close();
  }
});

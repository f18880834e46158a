import { expect, it } from 'vitest';
import { migrate } from '../../../../main/store/migrate.js';
import { refreshDocumentGroups } from '../../../../main/store/document-groups.js';
import { getDocumentMetadata } from '../../../../main/store/document-metadata.js';
import { openTestDb } from '../../../helpers/db.js';

it('005 adds groups, signatures and metadata; documents of an older corpus are grouped and described on demand', () => {
  const db = openTestDb(2);
  const text = 'La lettre du PTCE Tarentaise\nLe pôle a tenu douze réunions de travail avec ses membres cette année.';
  const insert = db.prepare(
    "INSERT INTO documents (id, sha256, file_name, file_path, file_size, page_count, text_pages, ocr_pages, status, imported_at) VALUES (?, ?, ?, ?, 10, 1, ?, ?, 'imported', '2025-01-01')",
  );
  insert.run(1, 'a', 'lettre.pdf', '/x/lettre.pdf', 1, 0);
  insert.run(2, 'b', 'lettre-scan.pdf', '/x/lettre-scan.pdf', 0, 1);
  const page = db.prepare('INSERT INTO pages (document_id, number, text, source, width, height) VALUES (?, 1, ?, ?, 595, 842)');
  page.run(1, text, 'text');
  page.run(2, text.replace('réunions', 'reunions'), 'ocr');

  migrate(db, ':memory:', 5);

  expect(db.pragma('user_version', { simple: true })).toBe(5);
  expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });
  expect(refreshDocumentGroups(db).map((group) => [group.primaryId, group.members.map((member) => member.documentId)])).toEqual([[1, [1, 2]]]);
  expect(getDocumentMetadata(db, 1)).toMatchObject({ title: 'La lettre du PTCE Tarentaise', genre: 'lettre', edited: [] });
});

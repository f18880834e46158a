import { expect, it } from 'vitest';
import { migrate } from '../../../../main/store/migrate.js';
import { openTestDb } from '../../../helpers/db.js';

it('002 fills text_pages and ocr_pages of existing documents from their pages', () => {
  const db = openTestDb(1);
  db.prepare(
    "INSERT INTO documents (id, sha256, file_name, file_path, file_size, page_count, status, imported_at) VALUES (1, 'a', 'mixte.pdf', '/x/mixte.pdf', 10, 5, 'imported', '2025-01-01')",
  ).run();
  db.prepare(
    "INSERT INTO documents (id, sha256, file_name, file_path, file_size, page_count, status, error_code, imported_at) VALUES (2, 'b', 'bad.pdf', '/x/bad.pdf', 0, 0, 'failed', 'EMPTY_FILE', '2025-01-01')",
  ).run();
  const page = db.prepare('INSERT INTO pages (document_id, number, text, source, width, height) VALUES (1, ?, ?, ?, 595, 842)');
  ['text', 'ocr', 'text', 'ocr', 'text'].forEach((source, index) => page.run(index + 1, `page ${index + 1}`, source));

  migrate(db, ':memory:', 2);

  expect(db.prepare('SELECT id, text_pages, ocr_pages FROM documents ORDER BY id').all()).toEqual([
    { id: 1, text_pages: 3, ocr_pages: 2 },
    { id: 2, text_pages: 0, ocr_pages: 0 },
  ]);
  expect(db.pragma('user_version', { simple: true })).toBe(2);
});

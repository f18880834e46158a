/**
 * The built document thread is one bundled file (scripts/bundle-document-thread.ts): the same code
 * as the compiled modules, loaded faster. Both import the same files into fresh corpora here and
 * every stored row must be the same (ids and timestamps aside). One thread, so that both store the
 * documents in the same order (an entity's canonical name is the first one stored).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { documentThreadEntry, THREAD_ENTRY_VARIABLE } from '../../../main/ingest/document-thread-entry.js';
import { cliPath, devFile, repoRoot, tempDir } from '../../helpers/fixtures.js';

const FILES = ['000.pdf', '002.pdf', '003.pdf', '003-scan.pdf'].map(devFile);
const distIngest = pathToFileURL(join(repoRoot, 'dist', 'main', 'ingest', 'document-thread.js'));

function importInto(db: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'import', ...FILES, '--db', db, '--jobs', '1'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Everything an import stores, by file name, without ids, times and paths. */
type StoredRows = Record<'documents' | 'metadata' | 'pages' | 'words' | 'mentions' | 'entities', unknown[]>;

function storedRows(db: string): StoredRows {
  const connection = new Database(db, { readonly: true });
  try {
    const all = (sql: string): unknown[] => connection.prepare(sql).all();
    return {
      documents: all(
        `SELECT sha256, file_name, file_size, title, kind, document_date, document_date_inferred, page_count, status, error_code, error_message, text_pages, ocr_pages, warnings
         FROM documents ORDER BY file_name`,
      ),
      metadata: all('SELECT d.file_name, m.title, m.document_date, m.ptce, m.genre, m.edited FROM document_metadata m JOIN documents d ON d.id = m.document_id ORDER BY d.file_name'),
      pages: all('SELECT d.file_name, p.number, p.text, p.source, p.ocr_confidence, p.width, p.height FROM pages p JOIN documents d ON d.id = p.document_id ORDER BY d.file_name, p.number'),
      words: all(
        `SELECT d.file_name, p.number, w.position, w.text, w.confidence, w.x0, w.y0, w.x1, w.y1
         FROM words w JOIN pages p ON p.id = w.page_id JOIN documents d ON d.id = p.document_id ORDER BY d.file_name, p.number, w.position`,
      ),
      mentions: all(
        `SELECT d.file_name, m.page, m.type, m.start, m.end, m.text, m.value, m.unit, m.confidence, m.rule, m.source, m.inferred, m.context, m.status, m.origin, m.evidence,
                e.type AS entity_type, e.canonical AS entity
         FROM mentions m JOIN documents d ON d.id = m.document_id LEFT JOIN entities e ON e.id = m.entity_id
         ORDER BY d.file_name, m.page, m.start, m.end, m.type, m.rule`,
      ),
      entities: all('SELECT type, canonical, key FROM entities ORDER BY type, key'),
    };
  } finally {
    connection.close();
  }
}

const dir = tempDir();
afterAll(() => dir.cleanup());

it('stores exactly the same rows whether the document threads run the bundle or the compiled modules', async () => {
  expect(existsSync(new URL('./document-worker.bundle.js', distIngest)), 'dist holds the bundled thread (npm run build)').toBe(true);
  const entry = documentThreadEntry(distIngest, {});
  expect(entry.kind === 'file' && entry.url.pathname.endsWith('document-worker.bundle.js'), 'the built CLI runs the bundle').toBe(true);

  const bundled = join(dir.path, 'bundled.sqlite');
  const modules = join(dir.path, 'modules.sqlite');
  const first = await importInto(bundled, {});
  const second = await importInto(modules, { [THREAD_ENTRY_VARIABLE]: 'modules' });
  expect([first.code, second.code], `${first.stderr}\n${second.stderr}`).toEqual([0, 0]);

  const fromBundle = storedRows(bundled);
  const fromModules = storedRows(modules);
  expect(fromBundle.documents).toHaveLength(FILES.length);
  expect(fromBundle.mentions.length).toBeGreaterThan(100);
  expect(fromBundle.words.length).toBeGreaterThan(100); // the scan's OCR words
  expect(fromBundle).toEqual(fromModules);
}, 300_000);

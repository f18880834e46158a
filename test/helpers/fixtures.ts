/** The one fixtures helper: paths to fixture files and throwaway folders for tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = join(repoRoot, 'fixtures');
export const devCorpusDir = join(fixturesDir, 'corpus', 'dev');

/** A dev-corpus file by name (`000.pdf`, `000-scan.pdf`, `000.json`). */
export function devFile(name: string): string {
  return join(devCorpusDir, name);
}

/** The compiled CLI entry point (tests run `npm run build` first through `npm test`). */
export const cliPath = join(repoRoot, 'bin', 'glaneur.js');

/** A fresh temporary folder; call the returned `cleanup` in afterAll/afterEach. */
export function tempDir(prefix = 'glaneur-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

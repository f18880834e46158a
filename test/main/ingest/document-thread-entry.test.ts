import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentThreadEntry, THREAD_ENTRY_VARIABLE } from '../../../main/ingest/document-thread-entry.js';
import { tempDir } from '../../helpers/fixtures.js';

describe('documentThreadEntry', () => {
  let dir: { path: string; cleanup: () => void };
  let base: URL;
  const file = (name: string, at: number): void => {
    const path = join(dir.path, name);
    writeFileSync(path, '');
    utimesSync(path, at, at);
  };
  const chosen = (env: NodeJS.ProcessEnv = {}): string => {
    const entry = documentThreadEntry(base, env);
    return entry.kind === 'file' ? entry.url.pathname.split('/').at(-1) ?? '' : 'tsx';
  };
  beforeEach(() => {
    dir = tempDir();
    base = pathToFileURL(join(dir.path, 'document-thread.js'));
  });
  afterEach(() => dir.cleanup());

  it('runs the bundle when it is as new as the compiled module or newer', () => {
    file('document-worker.js', 1_000);
    file('document-worker.bundle.js', 1_000);
    expect(chosen()).toBe('document-worker.bundle.js');
    file('document-worker.bundle.js', 2_000);
    expect(chosen()).toBe('document-worker.bundle.js');
  });

  it('runs the compiled module when the bundle is missing or older (tsc run alone)', () => {
    file('document-worker.js', 2_000);
    expect(chosen()).toBe('document-worker.js');
    file('document-worker.bundle.js', 1_000);
    expect(chosen()).toBe('document-worker.js');
  });

  it(`runs the compiled module when ${THREAD_ENTRY_VARIABLE}=modules`, () => {
    file('document-worker.js', 1_000);
    file('document-worker.bundle.js', 2_000);
    expect(chosen({ [THREAD_ENTRY_VARIABLE]: 'modules' })).toBe('document-worker.js');
  });

  it('boots the TypeScript sources through tsx when nothing is compiled', () => {
    const entry = documentThreadEntry(base, {});
    expect(entry.kind).toBe('eval');
    if (entry.kind === 'eval') expect(entry.code).toContain(pathToFileURL(join(dir.path, 'document-worker.ts')).href);
  });
});

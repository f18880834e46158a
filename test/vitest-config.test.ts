/**
 * The unit project shares one module graph per worker (`isolate: false` in vitest.config.ts): a file that replaced a
 * module there would leak its mock into the files after it, or find the real module already loaded. Such files are
 * listed in `MODULE_MOCKING_UNIT_FILES` and run isolated; this test finds every unit file that mocks a module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULE_MOCKING_UNIT_FILES } from '../vitest.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const MOCKS_A_MODULE = new RegExp(String.raw`\bvi\.(?:mock|doMock)\(`, 'u');

function unitFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' || entry.name === 'bench' ? [] : unitFiles(path);
    return entry.name.endsWith('.test.ts') && !entry.name.endsWith('.int.test.ts') ? [relative(root, path)] : [];
  });
}

describe('unit files that mock a module', () => {
  const mocking = unitFiles(join(root, 'test')).filter((file) => MOCKS_A_MODULE.test(readFileSync(join(root, file), 'utf8')));
  it('are exactly the files the unit-isolated project runs', () => {
    expect(mocking.sort()).toEqual([...MODULE_MOCKING_UNIT_FILES].sort());
  });
  it('include at least the zlib and v8 mocks this guard was written for', () => {
    expect(mocking.length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Issue 13, round 6: a value option given twice was taken silently at its last value —
 * `import --db a --db b` imported into b, `export --db a --db b` exported b though a does not
 * exist, `--out x --out y` wrote y. It is now refused in one line, exit 2, and nothing is written.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

describe('a value option given twice', () => {
  it('refuses --db twice on import, creating neither corpus', async () => {
    const run = await runCli(['import', devFile('000.pdf'), '--db', join(dir.path, 'premier.sqlite'), '--db', join(dir.path, 'second.sqlite'), '--ocr', 'never']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/option '--db' given more than once/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(readdirSync(dir.path)).toEqual([]);
  }, 60_000);

  it('refuses --db twice on export, and --out twice, writing no file', async () => {
    for (const args of [
      ['export', '--db', join(dir.path, 'absent.sqlite'), '--db', join(dir.path, 'autre.sqlite'), '--out', join(dir.path, 'a.csv')],
      ['export', '--db', join(dir.path, 'autre.sqlite'), '--out', join(dir.path, 'a.csv'), '--out', join(dir.path, 'b.csv')],
      ['serve', '--db', join(dir.path, 'autre.sqlite'), '--port=0', '--port', '0'],
    ]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/given more than once/u);
    }
    expect(existsSync(join(dir.path, 'a.csv')) || existsSync(join(dir.path, 'b.csv'))).toBe(false);
  }, 60_000);

  it('still takes a flag given twice, and each option once', async () => {
    const run = await runCli(['export', '--db', join(dir.path, 'absent.sqlite'), '--out', join(dir.path, 'c.csv'), '--bom', '--bom']);
    // The corpus is missing: the usual one-line refusal, not the repeated-option one.
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/given more than once/u);
  }, 60_000);
});

describe('an option given as another option\'s value (round 9)', () => {
  it('refuses export --out --force and import --db --ocr, writing nothing, and still takes ./--force', async () => {
    const folder = join(dir.path, 'valeurs');
    mkdirSync(folder);
    const corpus = join(folder, 'corpus.sqlite');
    expect((await runCli(['import', devFile('000.pdf'), '--db', corpus, '--ocr', 'never'])).code).toBe(0);
    for (const args of [
      ['export', '--db', corpus, '--out', '--force'],
      ['import', devFile('000.pdf'), '--db', '--ocr', 'never'],
    ]) {
      const run = await runCli(args, { cwd: folder });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/needs a value, and got the option '--(force|ocr)'/u);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('-'))).toEqual([]);
    expect((await runCli(['export', '--db', corpus, '--out', './--force'], { cwd: folder })).code).toBe(0);
    expect(existsSync(join(folder, '--force'))).toBe(true);
  }, 120_000);
});

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

/**
 * Issue 13, round 3: file names are the user's (or an attacker's) text. A tab or line break in a
 * name split the import's tab-separated result line (a script lost track of the documents), an
 * escape sequence reached the terminal, and U+202E turned a name around on screen.
 */
describe('importing files with hostile names', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const folder = join(dir.path, 'noms');
  mkdirSync(folder);
  const names = ['deux\tcolonnes.pdf', 'deux\nlignes.pdf', 'ecran\u001b[2J\u001b[31m.pdf', 'rapport\u202efdp.exe.pdf', '📄 bilan été.pdf', `${'long'.repeat(60)}.pdf`, 'CON.pdf'];
  names.forEach((name, index) => copyFileSync(devFile(index === 0 ? '000.pdf' : '003.pdf'), join(folder, name)));

  it('prints one line per file, tab-separated fields intact, no control character reaching the terminal', async () => {
    const run = await runCli(['import', folder, '--db', join(dir.path, 'corpus.sqlite'), '--jobs', '1'], { timeoutMs: 120_000 });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(names.length);
    for (const line of lines) expect(line.split('\t')[0]).toMatch(/^(imported|skipped)$/u);
    expect(lines.map((line) => line.split('\t')[1]).sort()).toEqual(
      ['deux\\tcolonnes.pdf', 'deux\\nlignes.pdf', 'ecran\\x1b[2J\\x1b[31m.pdf', 'rapport\\u{202e}fdp.exe.pdf', '📄 bilan été.pdf', `${'long'.repeat(60)}.pdf`, 'CON.pdf'].sort(),
    );
    // eslint-disable-next-line no-control-regex -- what must not be printed
    expect(run.stdout + run.stderr).not.toMatch(/[\u001b\u202e\r]/u);
  });
});

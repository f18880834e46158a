import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { makeBadInputs } from '../../../scripts/make-bad-inputs.js';
import { runCli } from '../../helpers/cli.js';
import { expectWholeCorpus } from '../../helpers/corpus-checks.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

it('fails a document whose page exceeds the per-page time limit, names it, and goes on with the others', async () => {
  const [huge] = await makeBadInputs(join(dir.path, 'bad'), { include: ['huge-image'] });
  if (huge === undefined) throw new Error('huge-image was not made');
  const db = join(dir.path, 'corpus.sqlite');
  const run = await runCli(['import', huge.file, devFile('000.pdf'), '--db', db, '--jobs', '1', '--page-timeout', '1']);
  expect(run.code).toBe(1);
  // Which step of page 1 runs out depends on the machine's load (the OCR workers start loading as
  // soon as the file looks scanned, beside its text pass): any of them names the file and page.
  expect(run.stdout).toMatch(/^failed\thuge-image\.pdf\tPAGE_TIMEOUT: huge-image\.pdf: page 1 \((reading its text layer|preparing its image for OCR|OCR)\) took longer than 1 s/mu);
  expect(run.stdout).toMatch(/^imported\t000\.pdf\t/mu);
  expect(expectWholeCorpus(db).imported).toEqual(['000.pdf']);
});

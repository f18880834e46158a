import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDirectClient } from '../../../main/api/direct-client.js';
import { createService } from '../../../main/api/service.js';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { expectWholeCorpus } from '../../helpers/corpus-checks.js';
import { cliPath, devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

it('lets one process review and export while another imports into the same corpus, with no SQLITE_BUSY', async () => {
  const db = join(dir.path, 'corpus.sqlite');
  expect((await runCli(['import', devFile('000.pdf'), devFile('002.pdf'), '--db', db])).code).toBe(0);

  const importer = spawn(process.execPath, [cliPath, 'import', devFile('003.pdf'), devFile('000-scan.pdf'), devFile('003-scan.pdf'), '--db', db, '--jobs', '2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let importerStderr = '';
  importer.stderr.setEncoding('utf8').on('data', (chunk: string) => (importerStderr += chunk));
  const importerDone = new Promise<number | null>((resolve) => importer.on('close', resolve));

  // This test process is the second one: it reviews through the API and exports through the CLI
  // until the import is over.
  const corpus = await openCorpus(db);
  const api = createDirectClient(createService(corpus, { defaultActor: 'reviewer' }));
  let running = true;
  void importerDone.then(() => (running = false));
  const failures: string[] = [];
  let decisions = 0;
  let exports = 0;
  while (running || decisions < 20) {
    const page = await api.listMentions({ statuses: ['pending'], limit: 5 });
    if (!page.ok) failures.push(page.error.message);
    for (const mention of page.ok ? page.value : []) {
      const result = decisions % 3 === 0 ? await api.rejectMention({ mentionId: mention.id }) : await api.acceptMention({ mentionId: mention.id });
      if (!result.ok) failures.push(result.error.message);
      decisions += 1;
    }
    const exported = await runCli(['export', '--db', db, '--out', join(dir.path, `export-${exports}.csv`)]);
    if (exported.code !== 0) failures.push(exported.stderr);
    exports += 1;
  }
  corpus.close();

  expect(await importerDone).toBe(0);
  expect(importerStderr).not.toMatch(/SQLITE_BUSY|database is locked/iu);
  expect(failures).toEqual([]);
  expect(decisions).toBeGreaterThanOrEqual(20);
  expect(exports).toBeGreaterThan(1);
  expect(expectWholeCorpus(db).imported).toHaveLength(5);
});

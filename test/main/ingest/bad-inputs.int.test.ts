import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadInputs, type BadInput } from '../../../scripts/make-bad-inputs.js';
import { createDirectClient } from '../../../main/api/direct-client.js';
import { createService } from '../../../main/api/service.js';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { expectWholeCorpus } from '../../helpers/corpus-checks.js';
import { cliPath, devFile, tempDir } from '../../helpers/fixtures.js';

const ERROR_CODES: Record<string, string> = {
  empty: 'EMPTY_FILE',
  truncated: 'CORRUPT_PDF',
  'encrypted-user-password': 'ENCRYPTED',
  'zero-pages': 'NO_PAGES',
  'png-renamed': 'NOT_PDF',
  'zip-renamed': 'NOT_PDF',
  'text-renamed': 'NOT_PDF',
};

interface RunOutcome {
  code: number | null;
  lines: string[];
  stderr: string;
}

/**
 * Runs one import over every file; when the first summary line appears, deletes one file and
 * replaces another by a folder, so both go missing mid-run.
 */
function importWhileFilesVanish(db: string, files: string[], vanishing: string, becomesFolder: string): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'import', ...files, '--db', db, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sabotaged = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!sabotaged) {
        sabotaged = true;
        rmSync(vanishing);
        rmSync(becomesFolder);
        mkdirSync(becomesFolder);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, lines: stdout.trim().split('\n'), stderr });
    });
  });
}

describe('bad inputs imported beside good files in one run', () => {
  const dir = tempDir();
  const db = join(dir.path, 'corpus.sqlite');
  let inputs: BadInput[];
  let outcome: RunOutcome;
  let acceptedId: number;

  beforeAll(async () => {
    // A corpus with a reviewed document already in it: none of what follows may touch it.
    expect((await runCli(['import', devFile('003.pdf'), '--db', db])).code).toBe(0);
    const corpus = await openCorpus(db);
    const api = createDirectClient(createService(corpus, { defaultActor: 'analyst' }));
    const listed = await api.listMentions({ limit: 1 });
    if (!listed.ok || listed.value[0] === undefined) throw new Error('no mention to review');
    acceptedId = listed.value[0].id;
    expect((await api.acceptMention({ mentionId: acceptedId })).ok).toBe(true);
    corpus.close();

    inputs = await makeBadInputs(join(dir.path, 'bad'));
    const vanishing = join(dir.path, 'zz-vanishing.pdf');
    const becomesFolder = join(dir.path, 'zz-becomes-a-folder.pdf');
    copyFileSync(devFile('002.pdf'), vanishing);
    copyFileSync(devFile('000.pdf'), becomesFolder);
    const files = [devFile('000.pdf'), ...inputs.map((input) => input.file), vanishing, becomesFolder];
    outcome = await importWhileFilesVanish(db, files, vanishing, becomesFolder);
  }, 300_000);
  afterAll(() => dir.cleanup());

  it('exits with 1 (some files failed) and prints one line per file', () => {
    expect(outcome.code).toBe(1);
    expect(outcome.lines).toHaveLength(inputs.length + 3);
    expect(outcome.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
  });

  it('imports the good files, including the recoverable and odd ones', () => {
    const imported = outcome.lines.filter((line) => line.startsWith('imported\t')).map((line) => line.split('\t')[1]);
    const expected = ['000.pdf', ...inputs.filter((input) => input.expectation !== 'error').map((input) => basename(input.file))];
    expect(imported.sort()).toEqual(expected.sort());
  });

  it('falls back to OCR for pages whose text layer is garbage or missing', () => {
    for (const input of inputs.filter((candidate) => candidate.expectation === 'ocr-fallback')) {
      const line = outcome.lines.find((candidate) => candidate.split('\t')[1] === basename(input.file));
      expect(line, input.kind).toMatch(/\(0 text, (\d+) OCR\)/u);
    }
  });

  it('reports each bad file with its name, a code and a readable reason', () => {
    for (const input of inputs.filter((candidate) => candidate.expectation === 'error')) {
      const line = outcome.lines.find((candidate) => candidate.split('\t')[1] === basename(input.file));
      expect(line, input.kind).toBeDefined();
      expect(line).toContain(`failed\t${basename(input.file)}\t${ERROR_CODES[input.kind]}: ${basename(input.file)}: `);
    }
    expect(outcome.lines).toContainEqual(expect.stringMatching(/^failed\tzz-vanishing\.pdf\tUNREADABLE_FILE: .*no longer exists/u));
    expect(outcome.lines).toContainEqual(expect.stringMatching(/^failed\tzz-becomes-a-folder\.pdf\tUNREADABLE_FILE: .*folder/u));
  });

  it('stores each failure on a document row and keeps the corpus whole, with the earlier decision intact', async () => {
    const state = expectWholeCorpus(db);
    expect(state.failed.map((failure) => failure.fileName).sort()).toEqual(
      [...inputs.filter((input) => input.expectation === 'error').map((input) => basename(input.file)), 'zz-becomes-a-folder.pdf', 'zz-vanishing.pdf'].sort(),
    );
    for (const failure of state.failed) expect(failure.errorMessage).toContain(failure.fileName);
    const corpus = await openCorpus(db);
    const accepted = await createDirectClient(createService(corpus)).listMentions({ statuses: ['accepted'] });
    corpus.close();
    expect(accepted.ok && accepted.value.map((mention) => mention.id)).toEqual([acceptedId]);
  });
});

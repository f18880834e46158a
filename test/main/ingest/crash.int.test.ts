import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { expectWholeCorpus } from '../../helpers/corpus-checks.js';
import { cliPath, devFile, tempDir } from '../../helpers/fixtures.js';

const BATCH = ['000.pdf', '002.pdf', '003.pdf', '000-scan.pdf', '003-scan.pdf'].map(devFile);
const KILLS = 20;

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts an import and SIGKILLs it after `afterMs`; resolves with how it ended. */
function importAndKill(db: string, afterMs: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'import', ...BATCH, '--db', db, '--jobs', '2'], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

const dir = tempDir();
afterAll(() => dir.cleanup());

/**
 * Removes the corpus and its companion files: a round that finds every document already imported
 * only skips them, in well under the shortest kill delay, so it would test no kill at all.
 */
function startOver(db: string): void {
  const name = db.split('/').pop() ?? '';
  for (const file of readdirSync(dir.path)) if (file.startsWith(name)) rmSync(join(dir.path, file), { force: true });
}

it(`survives ${KILLS} SIGKILLs at random moments of an import, then finishes it with nothing imported twice`, async () => {
  const seed = Number(process.env.GLANEUR_CRASH_SEED ?? Date.now() % 100_000);
  const next = random(seed);
  const db = join(dir.path, 'corpus.sqlite');
  let kills = 0;
  for (let round = 0; round < KILLS; round += 1) {
    // Early kills hit start-up, migration and the first transactions; later ones OCR and writes.
    const afterMs = Math.round(150 + next() * 6000);
    const outcome = await importAndKill(db, afterMs);
    if (outcome.killed) kills += 1;
    else expect(outcome.code, `round ${round} (seed ${seed}) ended by itself`).toBe(0);
    if (existsSync(db)) {
      const state = expectWholeCorpus(db);
      expect(state.failed, `seed ${seed}, round ${round}`).toEqual([]);
      expect(new Set(state.imported).size).toBe(state.imported.length);
      // Every document in: the next round imports into a new corpus, so that it has work to be killed in.
      if (state.imported.length === BATCH.length && round < KILLS - 1) startOver(db);
    }
  }
  expect(kills, `seed ${seed}: most rounds were really killed mid-run`).toBeGreaterThan(KILLS / 2);

  const final = await runCli(['import', ...BATCH, '--db', db, '--jobs', '2']);
  expect(final.code).toBe(0);
  const state = expectWholeCorpus(db);
  expect(state.imported.sort()).toEqual(['000-scan.pdf', '000.pdf', '002.pdf', '003-scan.pdf', '003.pdf']);
  const again = await runCli(['import', ...BATCH, '--db', db]);
  expect(again.stdout.trim().split('\n').every((line) => line.startsWith('skipped\t'))).toBe(true);
});

import { runProcess, type ProcessRun } from '../../scripts/adversarial/measure.js';
import { cliPath } from './fixtures.js';

/** How the CLI ended and what it printed (tests that spawn it themselves build one too). */
export type CliRun = Pick<ProcessRun, 'code' | 'signal' | 'stdout' | 'stderr'>;

/** Runs the real `glaneur` CLI as a child process, as a user or a script would. */
export function runCli(args: readonly string[], options: { timeoutMs?: number; cwd?: string } = {}): Promise<ProcessRun> {
  return runProcess(process.execPath, [cliPath, ...args], options);
}

/**
 * When V8 optimises a document thread's functions. V8 runs a function in its interpreter until the
 * function has used up an "interrupt budget" of bytecode, then compiles it with TurboFan. The
 * extractors have large functions (page proposers, the refiners' loops, the cue-word page pass),
 * and with the default budget (67,584) TurboFan compiles many of them during the warm-up page and
 * the first documents, some several times over. That compiling costs more CPU than it saves on the
 * pages a thread reads: a thread's whole life (loading the extractors, the warm-up page, then the
 * 148 tuning pages once each) took about a quarter less CPU with a budget four times the default,
 * and about a tenth less over 600 pages. The extraction's output cannot change: this only decides
 * when code is compiled, not what it computes.
 *
 * V8 flags belong to the process, so setting it in a document thread sets it for the importer's
 * other threads too. Not set under Electron (its V8 may refuse flags changed after start), nor
 * when the user gave an `--interrupt-budget` of their own on the command line or in NODE_OPTIONS.
 */
import { setFlagsFromString } from 'node:v8';

/** The interrupt budget for the document threads: four times V8's default (67,584). */
export const INTERRUPT_BUDGET = 270_000;

const BUDGET_FLAG = '--interrupt-budget';

/** Where the process runs: its command-line flags, NODE_OPTIONS, and whether it is Electron. */
export interface ProcessSettings {
  readonly execArgv: readonly string[];
  readonly nodeOptions: string;
  readonly electron: boolean;
}

/** The V8 flags to set in `settings`' process (none when it is Electron or the user chose a budget). */
export function tieringFlags(settings: ProcessSettings): string[] {
  if (settings.electron) return [];
  const chosen = settings.execArgv.some((argument) => argument.startsWith(BUDGET_FLAG)) || settings.nodeOptions.includes(BUDGET_FLAG);
  return chosen ? [] : [`${BUDGET_FLAG}=${INTERRUPT_BUDGET}`];
}

/** Sets `tieringFlags` for this process; call it before the extractors are loaded. */
export function tuneTiering(settings: ProcessSettings = currentSettings()): void {
  for (const flag of tieringFlags(settings)) setFlagsFromString(flag);
}

function currentSettings(): ProcessSettings {
  return { execArgv: process.execArgv, nodeOptions: process.env['NODE_OPTIONS'] ?? '', electron: process.versions['electron'] !== undefined };
}

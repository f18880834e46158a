/**
 * Which web sets `npm run eval:org-rules` (scripts/eval/org-rules.ts) reads: those named on the
 * command line (`--webdev DIR`, `--web NAME=DIR`), else the real tuning sets' default page dumps
 * (`/tmp/<name without its dash>-pdf`) that exist. An untouched set (sets.ts `isUntouched`) is
 * never read, whatever the command line says: it is returned among the skipped names.
 */
import { REAL_TUNING_SETS, isUntouched, webDumpDirs } from './sets.js';

export interface ChosenWebSets {
  /** Set name → folder of its page dumps, tuning sets only. */
  readonly read: ReadonlyMap<string, string>;
  /** Untouched sets named on the command line, refused. */
  readonly skipped: readonly string[];
}

export function chooseWebSets(args: readonly string[], exists: (dir: string) => boolean): ChosenWebSets {
  const given = webDumpDirs(args, REAL_TUNING_SETS, exists);
  const read = new Map([...given].filter(([name]) => !isUntouched(name)));
  return { read, skipped: [...given.keys()].filter(isUntouched) };
}

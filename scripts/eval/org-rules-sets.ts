/**
 * Which web sets `npm run eval:org-rules` (scripts/eval/org-rules.ts) reads: those named on the
 * command line (`--webdev DIR`, `--web NAME=DIR`), else the real tuning sets' default page dumps
 * (`/tmp/<name without its dash>-pdf`) that exist. An untouched set (sets.ts `isUntouched`) is
 * never read, whatever the command line says: it is returned among the skipped names.
 */
import { REAL_TUNING_SETS, isUntouched } from './sets.js';

export interface ChosenWebSets {
  /** Set name → folder of its page dumps, tuning sets only. */
  readonly read: ReadonlyMap<string, string>;
  /** Untouched sets named on the command line, refused. */
  readonly skipped: readonly string[];
}

export function chooseWebSets(args: readonly string[], exists: (dir: string) => boolean): ChosenWebSets {
  const given = new Map<string, string>();
  const webdev = args.indexOf('--webdev');
  if (webdev >= 0 && args[webdev + 1] !== undefined) given.set('web-dev', args[webdev + 1] as string);
  args.forEach((arg, index) => {
    const pair = args[index + 1];
    if (arg !== '--web' || pair === undefined) return;
    const split = pair.indexOf('=');
    if (split > 0) given.set(pair.slice(0, split), pair.slice(split + 1));
  });
  for (const name of REAL_TUNING_SETS) {
    const dir = `/tmp/${name.replace('-', '')}-pdf`;
    if (!given.has(name) && exists(dir)) given.set(name, dir);
  }
  const read = new Map([...given].filter(([name]) => !isUntouched(name)));
  return { read, skipped: [...given.keys()].filter(isUntouched) };
}

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

/** The web sets of `organisation-misses.ts --fates-only`: tuning sets read whole, untouched ones counted only. */
export interface CountedWebSets {
  /** Set name → folder of its page dumps: tuning sets, whose misses may be printed with their context. */
  readonly read: ReadonlyMap<string, string>;
  /** Set name → folder: untouched sets named on the command line, of which only counts may be printed. */
  readonly countedOnly: ReadonlyMap<string, string>;
}

/**
 * Like `chooseWebSets`, but an untouched set named on the command line is kept for counts (how many misses of each
 * fate, never a name, a context or a document id): where its errors lie can be measured without reading them.
 */
export function chooseCountedSets(args: readonly string[], exists: (dir: string) => boolean): CountedWebSets {
  const given = webDumpDirs(args, REAL_TUNING_SETS, exists);
  return {
    read: new Map([...given].filter(([name]) => !isUntouched(name))),
    countedOnly: new Map([...given].filter(([name]) => isUntouched(name))),
  };
}

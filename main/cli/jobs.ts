/**
 * How many documents an import reads at once (and OCR workers it starts). More than the machine's
 * cores only adds memory and contention (each OCR worker holds the model and page images), so a
 * larger `--jobs` is capped unless `--force-jobs` says the user means it.
 */
export interface JobsDecision {
  readonly jobs: number;
  /** Set when the requested number was lowered: the line to tell the user. */
  readonly note?: string | undefined;
}

export function decideJobs(requested: number | undefined, cores: number, force: boolean): JobsDecision {
  const available = Math.max(1, cores);
  if (requested === undefined) return { jobs: available };
  if (requested <= available || force) return { jobs: requested };
  return { jobs: available, note: `--jobs ${requested} lowered to ${available}, the number of cores (add --force-jobs to use ${requested})` };
}

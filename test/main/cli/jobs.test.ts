import { describe, expect, it } from 'vitest';
import { decideJobs } from '../../../main/cli/jobs.js';

describe('decideJobs: --jobs is capped at the number of cores unless forced', () => {
  it('defaults to the number of cores', () => {
    expect(decideJobs(undefined, 4, false)).toEqual({ jobs: 4 });
  });
  it('keeps a number up to the cores', () => {
    expect(decideJobs(2, 4, false)).toEqual({ jobs: 2 });
    expect(decideJobs(4, 4, false)).toEqual({ jobs: 4 });
  });
  it('lowers a larger number to the cores, and says so', () => {
    expect(decideJobs(16, 2, false)).toEqual({ jobs: 2, note: '--jobs 16 lowered to 2, the number of cores (add --force-jobs to use 16)' });
  });
  it('keeps a larger number with --force-jobs', () => {
    expect(decideJobs(16, 2, true)).toEqual({ jobs: 16 });
  });
});

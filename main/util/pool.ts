/**
 * A small FIFO job pool over long-lived workers, shaped like tesseract.js's scheduler but with a
 * termination that awaits every worker and settles every queued job.
 */

/** Raised for jobs still queued (or added) once the pool is terminating. */
export class PoolTerminatedError extends Error {
  constructor() {
    super('the worker pool was terminated before this job ran');
    this.name = 'PoolTerminatedError';
  }
}

/** What a pool needs from one worker. */
export interface PoolWorker<Job, Output> {
  run(job: Job): Promise<Output>;
  terminate(): Promise<void>;
  /**
   * True once the worker can run no more jobs (it was stopped mid-job, e.g. past a time limit):
   * the pool drops it and makes a new one with `createWorker` for the slot's next job.
   */
  isBroken?(): boolean;
}

export interface Pool<Job, Output> {
  /** Queues a job; resolves with its output once an idle worker has run it. */
  addJob(job: Job): Promise<Output>;
  /** Jobs waiting for a worker (running jobs not included). */
  queueLength(): number;
  /** Number of workers. */
  size(): number;
  /** Rejects queued jobs with PoolTerminatedError, waits for running ones, then stops every worker. */
  terminate(): Promise<void>;
}

export interface PoolOptions<Job, Output> {
  /**
   * Replace a worker after it has run this many jobs (memory in long-lived WASM workers creeps).
   * Omit to keep workers for the pool's lifetime.
   */
  readonly recycleAfter?: number | undefined;
  /** Creates a fresh worker when one is recycled. */
  readonly createWorker?: (() => Promise<PoolWorker<Job, Output>>) | undefined;
}

interface Slot<Job, Output> {
  /** Null after a recycle: the replacement is created when the slot's next job starts. */
  worker: PoolWorker<Job, Output> | null;
  busy: boolean;
  jobsRun: number;
}

interface QueuedJob<Job, Output> {
  job: Job;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

/** Builds a pool over already-created workers (create them up front so their set-up cost is paid once). */
export function createPool<Job, Output>(
  workers: readonly PoolWorker<Job, Output>[],
  options: PoolOptions<Job, Output> = {},
): Pool<Job, Output> {
  if (workers.length === 0) throw new Error('a pool needs at least one worker');
  const slots: Slot<Job, Output>[] = workers.map((worker) => ({ worker, busy: false, jobsRun: 0 }));
  const queue: QueuedJob<Job, Output>[] = [];
  const running = new Set<Promise<void>>();
  let terminating = false;

  // The old worker is stopped before its replacement starts, so a recycle never holds two
  // workers' memory at once (for tesseract.js, a model each), at the cost of a short idle gap.
  const recycleIfDue = async (slot: Slot<Job, Output>): Promise<void> => {
    const { recycleAfter, createWorker } = options;
    if (recycleAfter === undefined || createWorker === undefined || slot.jobsRun < recycleAfter) return;
    const old = slot.worker;
    slot.worker = null;
    slot.jobsRun = 0;
    await old?.terminate().catch(() => undefined);
  };

  const workerOf = async (slot: Slot<Job, Output>): Promise<PoolWorker<Job, Output>> => {
    if (slot.worker !== null) return slot.worker;
    if (options.createWorker === undefined) throw new Error('a recycled pool slot needs createWorker');
    slot.worker = await options.createWorker();
    return slot.worker;
  };

  const dispatch = (): void => {
    if (terminating) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.busy) continue;
      const next = queue.shift();
      if (next === undefined) return;
      slot.busy = true;
      const task = (async () => {
        try {
          next.resolve(await (await workerOf(slot)).run(next.job));
        } catch (error) {
          next.reject(error);
        } finally {
          slot.jobsRun += 1;
          if (slot.worker?.isBroken?.() === true) {
            await slot.worker.terminate().catch(() => undefined);
            slot.worker = null;
            slot.jobsRun = 0;
          }
          try {
            if (!terminating) await recycleIfDue(slot);
          } finally {
            slot.busy = false;
          }
        }
      })();
      running.add(task);
      void task.finally(() => {
        running.delete(task);
        dispatch();
      });
    }
  };

  return {
    addJob(job) {
      if (terminating) return Promise.reject(new PoolTerminatedError());
      return new Promise<Output>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      });
    },
    queueLength: () => queue.length,
    size: () => slots.length,
    async terminate() {
      terminating = true;
      for (const queued of queue.splice(0)) queued.reject(new PoolTerminatedError());
      await Promise.allSettled([...running]);
      await Promise.all(slots.map((slot) => slot.worker?.terminate()));
    },
  };
}

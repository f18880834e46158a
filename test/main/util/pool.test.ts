import { describe, expect, it } from 'vitest';
import { createPool, PoolTerminatedError, type PoolWorker } from '../../../main/util/pool.js';

/** A job that finishes only when the test says so. */
interface Gate {
  readonly id: string;
  open: () => void;
  readonly opened: Promise<void>;
}

function gate(id: string): Gate {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { id, open, opened };
}

/** A fake worker recording what it ran; its jobs wait on their gate. */
function fakeWorker(name: string, log: string[]): PoolWorker<Gate, string> & { terminated: boolean } {
  const worker = {
    terminated: false,
    async run(job: Gate) {
      log.push(`${name} start ${job.id}`);
      await job.opened;
      log.push(`${name} end ${job.id}`);
      return `${job.id} by ${name}`;
    },
    async terminate() {
      worker.terminated = true;
      log.push(`${name} terminated`);
    },
  };
  return worker;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createPool', () => {
  it('gives one job to each idle worker and queues the rest in FIFO order', async () => {
    const log: string[] = [];
    const pool = createPool([fakeWorker('w1', log), fakeWorker('w2', log)]);
    const gates = ['a', 'b', 'c', 'd'].map(gate);
    const outputs = gates.map((job) => pool.addJob(job));
    await tick();
    expect(log).toEqual(['w1 start a', 'w2 start b']);
    expect(pool.queueLength()).toBe(2);
    gates[1]?.open(); // w2 frees first and takes the oldest queued job
    await tick();
    expect(log.slice(2)).toEqual(['w2 end b', 'w2 start c']);
    expect(pool.queueLength()).toBe(1);
    for (const job of gates) job.open();
    expect(await Promise.all(outputs)).toEqual(['a by w1', 'b by w2', 'c by w2', 'd by w1']);
    expect(pool.queueLength()).toBe(0);
    expect(pool.size()).toBe(2);
  });

  it('rejects a failed job without stopping the worker', async () => {
    const worker: PoolWorker<number, number> = {
      run: async (job) => {
        if (job < 0) throw new Error('negative');
        return job * 2;
      },
      terminate: async () => undefined,
    };
    const pool = createPool([worker]);
    await expect(pool.addJob(-1)).rejects.toThrow('negative');
    expect(await pool.addJob(4)).toBe(8);
  });

  it('on terminate, rejects queued jobs with PoolTerminatedError, awaits running ones, then stops every worker', async () => {
    const log: string[] = [];
    const w1 = fakeWorker('w1', log);
    const pool = createPool([w1]);
    const running = gate('running');
    const queued = gate('queued');
    const first = pool.addJob(running);
    const second = pool.addJob(queued);
    await tick();
    const terminated = pool.terminate();
    await expect(second).rejects.toBeInstanceOf(PoolTerminatedError);
    await expect(pool.addJob(gate('late'))).rejects.toBeInstanceOf(PoolTerminatedError);
    await tick();
    expect(w1.terminated).toBe(false); // still running its job
    running.open();
    await terminated;
    expect(await first).toBe('running by w1');
    expect(log).toEqual(['w1 start running', 'w1 end running', 'w1 terminated']);
  });

  it('recycles a worker after recycleAfter jobs: the old one stops before the new one is made', async () => {
    const log: string[] = [];
    let made = 0;
    const createWorker = async (): Promise<PoolWorker<Gate, string>> => {
      made += 1;
      log.push(`made w${made + 1}`);
      return fakeWorker(`w${made + 1}`, log);
    };
    const pool = createPool([fakeWorker('w1', log)], { recycleAfter: 2, createWorker });
    const jobs = ['a', 'b', 'c'].map(gate);
    for (const job of jobs) job.open();
    const outputs = await Promise.all(jobs.map((job) => pool.addJob(job)));
    expect(outputs).toEqual(['a by w1', 'b by w1', 'c by w2']);
    expect(log.indexOf('w1 terminated')).toBeLessThan(log.indexOf('made w2'));
    expect(made).toBe(1);
    await pool.terminate();
    expect(log.at(-1)).toBe('w2 terminated');
  });

  it('refuses to be built without workers', () => {
    expect(() => createPool([])).toThrow();
  });
});

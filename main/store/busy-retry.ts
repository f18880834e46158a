/**
 * Waiting for another program's write lock without stopping the process. SQLite's busy timeout
 * waits synchronously: under `glaneur serve` one change waiting for an import in another process
 * froze every other request (reads too, and the page images) for as long as it waited. There the
 * connection's busy timeout is 0 and a call that meets the lock is tried again after a pause on
 * the event loop (2 ms, doubling to 50 ms) until a deadline, then fails with the lock error.
 *
 * Only a call that fails before changing anything may be tried again: a read, or a write that is
 * one transaction begun IMMEDIATE, as every write of main/store is (the write lock is taken at
 * BEGIN, so SQLITE_BUSY comes before any statement ran), or one statement. Callers say which calls
 * qualify (see main/api/busy.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Runs a call, trying it again while it fails on another program's lock (or not: `callOnce`). */
export type BusyRetry = <T>(call: () => T | Promise<T>) => Promise<T>;

/** Whether `error` is SQLite saying the database is locked by another connection (SQLITE_BUSY, _SNAPSHOT, _RECOVERY…). */
export function isBusyError(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');
}

const FIRST_PAUSE_MS = 2;
const LONGEST_PAUSE_MS = 50;

/** Tries a call again, pausing without blocking, while it meets the lock and `deadlineMs` has not passed. */
export function busyRetry(deadlineMs: number): BusyRetry {
  return async <T>(call: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
      try {
        return await call();
      } catch (error) {
        const left = deadlineMs - (performance.now() - started);
        if (!isBusyError(error) || left <= 0) throw error;
        await sleep(Math.min(pause, left));
      }
    }
  };
}

/** Calls once: the connection's own busy timeout does the waiting (the CLI, the desktop app). */
export const callOnce: BusyRetry = async <T>(call: () => T | Promise<T>): Promise<T> => call();

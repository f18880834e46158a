/**
 * The corpus file a long-running server opened must still be the file at its path. Replacing it
 * while `glaneur serve` or the app runs (restoring a backup over it, `mv other.sqlite corpus.sqlite`)
 * leaves the open connection on the old file, but its write-ahead log is found by name: the next
 * decision wrote the old corpus's pages into `corpus.sqlite-wal`, which SQLite then applied to the
 * new file — "database disk image is malformed", the restored corpus destroyed. Every API call
 * first checks that the path still names the file opened (device and inode, one `stat`), and
 * otherwise answers CORPUS_UNREADABLE, writing nothing.
 */
import { statSync } from 'node:fs';
import { CorpusError } from '../errors.js';
import type { ApiImplementation, ApiMethod } from './contract.js';

/** Identity of the file at `file` now: device and inode, or null when nothing is there. */
function identityOf(file: string): string | null {
  try {
    const info = statSync(file, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** `implementation` whose every call first checks that `file` is still the corpus it opened. */
export function withCorpusIdentity(implementation: ApiImplementation, file: string): ApiImplementation {
  const opened = identityOf(file);
  const check = (): void => {
    if (opened === null || identityOf(file) === opened) return;
    throw new CorpusError('CORPUS_UNREADABLE', file, `${file}: the corpus file was replaced, moved or deleted while it was open; nothing was written — quit and open it again`);
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(implementation) as [ApiMethod, (input: unknown) => unknown][]) {
    wrapped[name] = (input: unknown) => {
      check();
      return method(input);
    };
  }
  return wrapped as unknown as ApiImplementation;
}

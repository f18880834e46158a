/**
 * Turns whatever stopped a command into one line on stderr and exit code 2 — never a stack trace
 * (set GLANEUR_DEBUG=1 to get one). Exit code 1 stays reserved for "some files failed to import".
 */
import { CodedError, corpusErrorFrom } from '../errors.js';
import { printable } from './printable.js';

export interface CommandContext {
  /** The corpus file the command was given (to name it in SQLite errors). */
  readonly db?: string | undefined;
  readonly port?: number | undefined;
}

function networkMessage(error: unknown, context: CommandContext): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return `port ${context.port ?? '?'} is already in use; choose another with --port (0 picks a free one)`;
  if (code === 'EACCES' && context.port !== undefined) return `port ${context.port} cannot be opened by this user; choose one above 1023 with --port`;
  return undefined;
}

/** The one line that explains `error`, without the `glaneur: ` prefix. */
export function describeFailure(error: unknown, context: CommandContext): string {
  if (error instanceof CodedError) return error.message;
  const corpus = context.db === undefined ? undefined : corpusErrorFrom(error, context.db);
  if (corpus !== undefined) return corpus.message;
  const network = networkMessage(error, context);
  if (network !== undefined) return network;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)} (set GLANEUR_DEBUG=1 for details)`;
}

/** Runs a command; on any thrown error prints one line and answers exit code 2. */
export async function guarded(context: CommandContext, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    process.stderr.write(`glaneur: ${printable(describeFailure(error, context))}\n`);
    if (process.env.GLANEUR_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    return 2;
  }
}

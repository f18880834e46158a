/**
 * A `glaneur serve` that stops by itself says so, in one line on stderr. In session 20 a server
 * died in the middle of an e2e run and left nothing to read: the harness then saw only refused
 * connections. A signal that kills outright (SIGKILL, SIGBUS) cannot be told from inside; every
 * other way out can: an error nothing caught (Node then prints its stack too; the line says it
 * ended the server), an exit nobody asked for (`process.exit` somewhere), or the listening socket
 * closed while the process runs on.
 */
import { printable } from '../util/printable.js';

/** What is watched: the process (`process`) and the HTTP server. */
export interface EndWatched {
  readonly process: {
    on(event: 'uncaughtExceptionMonitor', listener: (error: unknown, origin: string) => void): unknown;
    on(event: 'exit', listener: (code: number) => void): unknown;
  };
  readonly server: { on(event: 'close', listener: () => void): unknown };
  /** Where the line goes (stderr). */
  readonly write: (line: string) => void;
}

/** The first line of an error's message, made printable. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return printable(text.split('\n')[0] ?? '');
}

/**
 * Starts saying why serve ends, unless it was asked to; answers the function to call once a
 * shutdown is asked for (Ctrl-C, SIGTERM), after which nothing is said.
 */
export function sayWhyServeEnds(watched: EndWatched): () => void {
  let stopping = false;
  const say = (why: string): void => {
    if (!stopping) watched.write(`glaneur serve: ${why}\n`);
  };
  watched.process.on('uncaughtExceptionMonitor', (error, origin) => say(`stopped by an error nothing handled (${origin}): ${firstLine(error)}`));
  watched.process.on('exit', (code) => say(`ended without being asked to (exit code ${code})`));
  watched.server.on('close', () => say('stopped listening without being asked to; the app can no longer reach it'));
  return () => {
    stopping = true;
  };
}

/**
 * A cap on the connections `glaneur serve` holds at once. Node's server has none by default: a
 * local program opening connections faster than the headers timeout closes them held one
 * descriptor each, and once the process ran out of descriptors (its `ulimit -n`) no connection
 * was accepted at all, the app's own calls included, until the flood stopped.
 *
 * A hard cap alone (`server.maxConnections`, which refuses every newcomer once reached) would hand
 * the server to whoever holds the most idle connections. So past MAX_CONNECTIONS the oldest
 * connection that is not being answered is closed to make room: one that has sent nothing, is
 * still sending its headers, or sits kept alive after its answer. A request being answered (an
 * API call, an upload, the app's event stream) is never cut; the app's newest connection, whose
 * request follows at once on the loopback, is the last to go. `server.maxConnections`
 * (hardMaxConnections) stays above it as a backstop for connections accepted in one burst,
 * before those closed have let go of their descriptors.
 */
import type { Server } from 'node:http';

/** Connections held at once; a browser opens six per server, a few tabs of the app a few dozen. */
export const MAX_CONNECTIONS = 256;

/** Above this Node refuses new connections outright (closed ones release their descriptors a tick later). */
export const hardMaxConnections = (max: number): number => 2 * max;

/** What the cap needs of a connection (a `net.Socket`). */
export interface CappedSocket {
  destroy(): void;
  once(event: 'close', listener: () => void): unknown;
}

/** The connections held, oldest first, and which are being answered. */
export class ConnectionCap<S extends CappedSocket = CappedSocket> {
  /** Insertion order is age; the value counts the requests on it being answered. */
  private readonly open = new Map<S, number>();

  constructor(private readonly max: number = MAX_CONNECTIONS) {}

  /** A new connection: makes room for it past the cap (the oldest idle one is closed), else refuses it. */
  admit(socket: S): void {
    socket.once('close', () => this.open.delete(socket));
    if (this.open.size >= this.max) {
      const idle = this.oldestIdle();
      if (idle === undefined) {
        socket.destroy(); // every connection held is being answered: the newcomer waits its turn
        return;
      }
      this.open.delete(idle);
      idle.destroy();
    }
    this.open.set(socket, 0);
  }

  /** A request on `socket` is being answered: its connection is not closed to make room. */
  busy(socket: S): void {
    const answering = this.open.get(socket);
    if (answering !== undefined) this.open.set(socket, answering + 1);
  }

  /** A request on `socket` was answered (or given up). */
  idle(socket: S): void {
    const answering = this.open.get(socket);
    if (answering !== undefined) this.open.set(socket, Math.max(0, answering - 1));
  }

  /** Connections held now. */
  size(): number {
    return this.open.size;
  }

  private oldestIdle(): S | undefined {
    for (const [socket, answering] of this.open) if (answering === 0) return socket;
    return undefined;
  }
}

/**
 * Caps `server`'s connections (see above). Call before it listens; every request's socket must
 * go through `answering` (the request handler's first step).
 */
export function capConnections(server: Server, max: number = MAX_CONNECTIONS): { answering(socket: CappedSocket, done: { once(event: 'close', listener: () => void): unknown }): void } {
  const cap = new ConnectionCap(max);
  server.maxConnections = hardMaxConnections(max);
  server.on('connection', (socket) => cap.admit(socket));
  return {
    answering(socket, done) {
      cap.busy(socket);
      done.once('close', () => cap.idle(socket));
    },
  };
}

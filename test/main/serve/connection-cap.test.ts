import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConnectionCap } from '../../../main/serve/connection-cap.js';

/** A stand-in for a socket: it remembers being destroyed and says so with `close`, a tick later as Node does. */
class FakeSocket extends EventEmitter {
  destroyed = false;
  constructor(readonly name: string) {
    super();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    queueMicrotask(() => this.emit('close'));
  }
}

const sockets = (count: number, prefix: string): FakeSocket[] => Array.from({ length: count }, (_, index) => new FakeSocket(`${prefix}${index}`));

describe('ConnectionCap', () => {
  it('holds up to its cap, then closes the oldest idle connection for each newcomer', () => {
    const cap = new ConnectionCap<FakeSocket>(3);
    const [a, b, c, d, e] = sockets(5, 's');
    for (const socket of [a, b, c]) cap.admit(socket!);
    expect(cap.size()).toBe(3);
    cap.admit(d!);
    cap.admit(e!);
    expect([a, b, c, d, e].map((socket) => socket!.destroyed)).toEqual([true, true, false, false, false]);
    expect(cap.size()).toBe(3);
  });

  it('never cuts a connection whose request is being answered (an API call, an upload, the event stream)', () => {
    const cap = new ConnectionCap<FakeSocket>(3);
    const [events, call, idle] = sockets(3, 'app');
    for (const socket of [events, call, idle]) cap.admit(socket!);
    cap.busy(events!);
    cap.busy(call!);
    const [flood1, flood2] = sockets(2, 'flood');
    cap.admit(flood1!); // room made by closing the idle one, not the app's streams
    expect([events, call, idle].map((socket) => socket!.destroyed)).toEqual([false, false, true]);
    cap.admit(flood2!); // now flood1 is the oldest idle
    expect(flood1!.destroyed).toBe(true);
    expect(events!.destroyed || call!.destroyed).toBe(false);
  });

  it('closes a connection again once its answer has gone, and refuses a newcomer when every connection is being answered', () => {
    const cap = new ConnectionCap<FakeSocket>(2);
    const [one, two, three, four] = sockets(4, 'c');
    cap.admit(one!);
    cap.admit(two!);
    cap.busy(one!);
    cap.busy(two!);
    cap.admit(three!);
    expect(three!.destroyed).toBe(true);
    cap.idle(two!); // answered, kept alive
    cap.admit(four!);
    expect([one!.destroyed, two!.destroyed, four!.destroyed]).toEqual([false, true, false]);
  });

  it('forgets a connection the client closed', async () => {
    const cap = new ConnectionCap<FakeSocket>(2);
    const [one, two] = sockets(2, 'c');
    cap.admit(one!);
    cap.admit(two!);
    one!.destroy();
    await Promise.resolve();
    expect(cap.size()).toBe(1);
  });
});

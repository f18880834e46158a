import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
import { sayWhyServeEnds } from '../../../main/serve/unexpected-end.js';

function watched(): { process: EventEmitter; server: EventEmitter; lines: string[]; stopping: () => void } {
  const process = new EventEmitter();
  const server = new EventEmitter();
  const lines: string[] = [];
  const stopping = sayWhyServeEnds({ process, server, write: (line) => lines.push(line) });
  return { process, server, lines, stopping };
}

it('says in one line why serve ends when nobody asked it to', () => {
  const { process, server, lines } = watched();
  process.emit('uncaughtExceptionMonitor', new Error('write after end\n    at Foo (x.js:1:1)'), 'uncaughtException');
  process.emit('exit', 1);
  server.emit('close');
  expect(lines).toEqual([
    'glaneur serve: stopped by an error nothing handled (uncaughtException): Error: write after end\n',
    'glaneur serve: ended without being asked to (exit code 1)\n',
    'glaneur serve: stopped listening without being asked to; the app can no longer reach it\n',
  ]);
});

it('says nothing once a shutdown was asked for', () => {
  const { process, server, lines, stopping } = watched();
  stopping();
  server.emit('close');
  process.emit('exit', 0);
  expect(lines).toEqual([]);
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lstmWorkerUrl, workerFiles, workerSource } from '../../../main/ingest/tesseract-worker.js';

describe('tesseract worker script (LSTM-only WASM build)', () => {
  it('finds every tesseract.js file it needs, and only LSTM-only builds of the core', () => {
    const files = workerFiles();
    for (const file of [files.dispatcher, files.gunzip, files.cache, files.featureDetect, ...Object.values(files.cores)]) expect(existsSync(file), file).toBe(true);
    for (const core of Object.values(files.cores)) expect(core).toMatch(/-lstm\.js$/u);
  });

  it('names those cores, and no other, in the script handed to tesseract.js', () => {
    const source = workerSource();
    const named = [...source.matchAll(/tesseract-core[\w-]*\.js/gu)].map((match) => match[0]);
    expect(named.length).toBe(3);
    for (const name of named) expect(name).toMatch(/-lstm\.js$/u);
    expect(lstmWorkerUrl().protocol).toBe('data:');
  });
});

describe('page images shared with the OCR worker', () => {
  it('are encoded in shared memory, and the worker script swaps them in for the placeholder', async () => {
    const { encodePgm } = await import('../../../main/ingest/gray-image.js');
    const { SHARED_IMAGE_OPTION } = await import('../../../main/ingest/tesseract-worker.js');
    const pgm = encodePgm({ width: 3, height: 2, data: Uint8Array.from([0, 1, 2, 3, 4, 5]) });
    expect(pgm.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(pgm.toString('latin1', 0, 11)).toBe('P5\n3 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(workerSource()).toContain(JSON.stringify(SHARED_IMAGE_OPTION));
  });
});

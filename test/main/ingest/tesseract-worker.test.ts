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

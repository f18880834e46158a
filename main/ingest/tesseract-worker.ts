/**
 * The script each tesseract.js worker thread runs: tesseract.js's own Node worker, except that it
 * loads the LSTM-only WASM build. tesseract.js 7.0.0's Node adapter means to (the LSTM engine is
 * all Glaneur uses), but compares the `lstmOnly` flag it is given with OEM codes, so in Node it
 * always loads the build that also carries the legacy engine: 20 % more code to compile in every
 * process and more start-up work per worker, for nothing. Same recognition code, same text.
 *
 * It also takes a page image shared with it instead of copied (see SHARED_IMAGE_OPTION).
 *
 * The script is handed to tesseract.js as a `data:` URL (its `workerPath` option), so it runs
 * alike from the built CLI and from the sources under tests; it reaches tesseract.js's files by
 * absolute path. Built for tesseract.js 7.0.x (`src/worker-script`, `tesseract.js-core` names).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * The recognize option carrying a page image in a SharedArrayBuffer: tesseract.js would copy an
 * image three times on its way to the worker (into a new array, then through postMessage both
 * ways), about 4 MB each for a page at 200 dpi; shared, it is read in place. The worker script
 * puts it back as the job's image and removes the option before tesseract.js sees it.
 */
export const SHARED_IMAGE_OPTION = 'glaneur_shared_image';

/** What the option holds: where the encoded image sits in its shared buffer. */
export interface SharedImage {
  readonly buffer: SharedArrayBuffer;
  readonly offset: number;
  readonly length: number;
}

/** The file tesseract.js writes each page image to before leptonica reads it (its `setImage`). */
const INPUT_FILE = '/input';

/** The WASM builds to try, fastest first, as tesseract.js orders them (all LSTM-only). */
const LSTM_CORES = ['tesseract-core-relaxedsimd-lstm', 'tesseract-core-simd-lstm', 'tesseract-core-lstm'] as const;

/** Absolute paths of the tesseract.js files the worker script needs. */
export interface WorkerFiles {
  readonly dispatcher: string;
  readonly gunzip: string;
  readonly cache: string;
  readonly featureDetect: string;
  readonly cores: Readonly<Record<(typeof LSTM_CORES)[number], string>>;
}

export function workerFiles(): WorkerFiles {
  const fromTesseract = createRequire(require.resolve('tesseract.js'));
  const cores = Object.fromEntries(LSTM_CORES.map((name) => [name, fromTesseract.resolve(`tesseract.js-core/${name}.js`)])) as Record<(typeof LSTM_CORES)[number], string>;
  return {
    dispatcher: fromTesseract.resolve('./worker-script/index.js'),
    gunzip: fromTesseract.resolve('./worker-script/node/gunzip.js'),
    cache: fromTesseract.resolve('./worker-script/node/cache.js'),
    featureDetect: fromTesseract.resolve('wasm-feature-detect'),
    cores,
  };
}

/** The worker script's source (an ES module: only absolute specifiers, as a data: URL needs). */
export function workerSource(files: WorkerFiles = workerFiles()): string {
  const path = (file: string): string => JSON.stringify(file);
  return `
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(pathToFileURL(files.dispatcher).href)});
const worker = require(${path(files.dispatcher)});
const { simd, relaxedSimd } = require(${path(files.featureDetect)});
let core = null;
async function getCore() {
  if (core === null) {
    const name = (await relaxedSimd()) ? ${path(files.cores['tesseract-core-relaxedsimd-lstm'])} : (await simd()) ? ${path(files.cores['tesseract-core-simd-lstm'])} : ${path(files.cores['tesseract-core-lstm'])};
    const factory = require(name);
    core = (options) => factory(options).then((module) => {
      reuseInputFile(module.FS);
      return module;
    });
  }
  return core;
}
// tesseract.js writes every page image to the file ${INPUT_FILE} with FS.writeFile, which
// truncates it and has MEMFS keep a fresh copy of the image: a page-sized allocation per page,
// freed only when this thread's small heap is next collected, so that dozens of dead copies pile
// up in its malloc arena. Written over in place instead, the file keeps its buffer (grown to the
// largest image read); a longer earlier image leaves bytes past the end of this one, which the
// PGM reader never reads (it reads width × height bytes after the header).
function reuseInputFile(FS) {
  const writeFile = FS.writeFile;
  FS.writeFile = (path, data, options) => {
    if (path !== ${JSON.stringify(INPUT_FILE)} || options !== undefined || !(data instanceof Uint8Array) || !isPgm(data)) return writeFile(path, data, options);
    let stream;
    try {
      stream = FS.open(path, 'r+');
    } catch {
      return writeFile(path, data, options);
    }
    try {
      FS.write(stream, data, 0, data.byteLength, 0);
    } finally {
      FS.close(stream);
    }
  };
}
function isPgm(data) {
  return data.length > 2 && data[0] === 0x50 && data[1] === 0x35;
}
const SHARED = ${JSON.stringify(SHARED_IMAGE_OPTION)};
parentPort.on('message', (packet) => {
  const options = packet && packet.action === 'recognize' && packet.payload ? packet.payload.options : undefined;
  const shared = options ? options[SHARED] : undefined;
  if (shared) {
    packet.payload.image = new Uint8Array(shared.buffer, shared.offset, shared.length);
    delete options[SHARED];
  }
  worker.dispatchHandlers(packet, (reply) => parentPort.postMessage(reply));
});
worker.setAdapter({ getCore, gunzip: require(${path(files.gunzip)}), fetch: globalThis.fetch, ...require(${path(files.cache)}) });
`;
}

let url: URL | undefined;

/** The `workerPath` to give tesseract.js's `createWorker` in Node. */
export function lstmWorkerUrl(): URL {
  url ??= new URL(`data:text/javascript,${encodeURIComponent(workerSource())}`);
  return url;
}

/**
 * Build step (`npm run build`, after tsc): bundles the compiled document thread
 * (dist/main/ingest/document-worker.js) and everything of ours it imports — the ingest modules and
 * the ~140 modules of the extractors — into one file beside it, document-worker.bundle.js. Every
 * document thread loads its modules anew (threads share no code), and Node's ESM loader spends
 * more on resolving, reading and linking 150 small files than on running them: one file saves a
 * fifth to a quarter of a second of CPU in each thread as it starts. Packages (pdf.js, the
 * canvas, tesseract) stay outside, loaded from node_modules as before; dynamic imports keep their
 * laziness (esbuild evaluates a bundled module at its `import()`). The thread picks the bundle
 * only when it is not older than the compiled module (document-thread-entry.ts).
 */
import { build } from 'esbuild';

const entry = 'dist/main/ingest/document-worker.js';
const outfile = 'dist/main/ingest/document-worker.bundle.js';

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});

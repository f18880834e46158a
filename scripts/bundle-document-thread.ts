/**
 * Build step (`npm run build`, after tsc): bundles each compiled import thread — the reading
 * thread (dist/main/ingest/document-worker.js, with the ingest modules it imports) and the
 * extraction thread (extraction-worker.js, with the ~140 modules of the extractors) — into one
 * file beside it, NAME.bundle.js. Every thread loads its modules anew (threads share no code), and Node's ESM loader spends
 * more on resolving, reading and linking 150 small files than on running them: one file saves a
 * fifth to a quarter of a second of CPU in each thread as it starts. Packages (pdf.js, the
 * canvas, tesseract) stay outside, loaded from node_modules as before; dynamic imports keep their
 * laziness (esbuild evaluates a bundled module at its `import()`). The thread picks the bundle
 * only when it is not older than the compiled module (document-thread-entry.ts).
 */
import { build } from 'esbuild';

for (const name of ['document-worker', 'extraction-worker']) {
  await build({
    entryPoints: [`dist/main/ingest/${name}.js`],
    outfile: `dist/main/ingest/${name}.bundle.js`,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Kept as written: for Node 20 esbuild otherwise rewrites every regular expression with `\p{…}`
    // as `new RegExp(…)`, and one inside a function is then built again at each call (0.2 µs to
    // 1.5 µs; the extractors call hundreds a page). Node 20 reads them as they are.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

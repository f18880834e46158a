/**
 * Which module an import thread runs (a reading thread, `document-worker`, or the extraction
 * thread, `extraction-worker`). The build bundles each compiled thread and our modules it imports
 * into one file (scripts/bundle-document-thread.ts), which a thread loads several times faster
 * than the 150 files it is made of; the same code either way. Tests and scripts on the
 * sources run the TypeScript through tsx.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A module file to start, or code to evaluate in the thread (booting tsx). */
export type ThreadEntry = { readonly kind: 'file'; readonly url: URL } | { readonly kind: 'eval'; readonly code: string };

/** Set to `modules` to run the compiled modules rather than the bundle (checks and diagnosis). */
export const THREAD_ENTRY_VARIABLE = 'GLANEUR_DOCUMENT_THREAD';

const modified = (url: URL): number | null => {
  const path = fileURLToPath(url);
  return existsSync(path) ? statSync(path).mtimeMs : null;
};

/** The modules an import thread runs (each with its bundle, `NAME.bundle.js`). */
export type ThreadModule = 'document-worker' | 'extraction-worker';

/**
 * The thread's entry beside `base` (the importer's own module URL): the bundle when it exists and
 * is at least as new as the compiled module (a `tsc` run alone leaves an older bundle, which would
 * run stale code), else the compiled module, else the sources through tsx.
 */
export function documentThreadEntry(base: string | URL, env: NodeJS.ProcessEnv = process.env, module: ThreadModule = 'document-worker'): ThreadEntry {
  const compiled = new URL(`./${module}.js`, base);
  const bundle = new URL(`./${module}.bundle.js`, base);
  const compiledAt = modified(compiled);
  if (compiledAt !== null) {
    const bundledAt = env[THREAD_ENTRY_VARIABLE] === 'modules' ? null : modified(bundle);
    return { kind: 'file', url: bundledAt !== null && bundledAt >= compiledAt ? bundle : compiled };
  }
  // Node 20 does not carry `--import tsx` into threads: register tsx in the thread itself.
  const source = new URL(`./${module}.ts`, base);
  return { kind: 'eval', code: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });` };
}

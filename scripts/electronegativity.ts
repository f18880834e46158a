/**
 * `npm run lint:electron`: Doyensec's Electronegativity over the Electron main process and
 * preload (main/electron) and the built renderer (dist-renderer), as `npm test` runs it. Fails
 * (exit 1) on any finding above INFORMATIONAL that is not explained in ACCEPTED below (and in the
 * README's security section).
 *
 * Electronegativity tries to fetch updated translations at start; offline it prints one line
 * saying it could not and goes on with the ones it ships.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Issue {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly severity: { readonly name: string; readonly value: number };
  readonly confidence: { readonly name: string };
  readonly description: string;
  readonly manualReview?: boolean;
}

/** Findings reviewed and kept, by check id, with the reason (also in README "Security"). */
const ACCEPTED: Record<string, string> = {
  CSP_GLOBAL_CHECK:
    "the CSP is default-src 'none' with script-src 'self' 'wasm-unsafe-eval'; the evaluator bundled with Electronegativity predates the CSP3 keyword 'wasm-unsafe-eval' (pdf.js compiles its JPEG 2000 decoder, no eval), warns that 'self' would be risky if the origin hosted JSONP or user files (it hosts only the built app; uploads go to a private temporary folder, never served), and cannot read the policy in main.ts because it is the same constant as serve's header",
  PRELOAD_JS_CHECK: 'reviewed: the preload exposes only the API methods by name, an event subscription that never hands out the IPC event, and one upload call; main checks the sender frame of every call',
};

const require = createRequire(import.meta.url);
type Run = (options: object) => Promise<{ issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;
const run = require('@doyensec/electronegativity') as Run;
const root = join(import.meta.dirname, '..');
const electronVersion = (require('electron/package.json') as { version: string }).version;

const input = mkdtempSync(join(tmpdir(), 'glaneur-electronegativity-'));
try {
  cpSync(join(root, 'main', 'electron'), join(input, 'main', 'electron'), { recursive: true });
  // The built page (its CSP) and the renderer's own source: Electronegativity's parser cannot read
  // the bundle (ES2022 private class fields from pdf.js), so the code it checks is the source.
  cpSync(join(root, 'dist-renderer', 'index.html'), join(input, 'dist-renderer', 'index.html'));
  cpSync(join(root, 'renderer'), join(input, 'renderer'), { recursive: true });
  writeFileSync(join(input, 'package.json'), JSON.stringify({ name: 'glaneur', devDependencies: { electron: electronVersion } }));
  // No `output`: the tool writes its CSV report with an asynchronous writeFile after `run` resolves, which raced
  // the folder's removal below (ENOTEMPTY); the issues it returns are all this script reads.
  const { issues, errors } = await run({ input, isSarif: false, isRelative: true, electronVersionOverride: electronVersion, severitySet: 'informational', confidenceSet: 'tentative' });
  // Severity values: 0 informational, 1 low, 2 medium, 3 high.
  const serious = issues.filter((issue) => issue.severity.value > 0 && ACCEPTED[issue.id] === undefined);
  for (const error of errors) console.log(`${error.tolerable ? 'parse warning' : 'PARSE ERROR'}\t${error.file}\t${error.message}`);
  for (const issue of issues) {
    const verdict = issue.severity.value === 0 ? 'info' : ACCEPTED[issue.id] !== undefined ? 'accepted (README, Security)' : 'FINDING';
    console.log(`${verdict}\t${issue.id}\t${issue.severity.name}/${issue.confidence.name}\t${issue.file}:${issue.location.line}\t${issue.description}`);
  }
  console.log(`electronegativity ${electronVersion}: ${issues.length} findings, ${serious.length} above informational not accepted`);
  process.exitCode = serious.length === 0 && errors.every((error) => error.tolerable) ? 0 : 1;
} finally {
  rmSync(input, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

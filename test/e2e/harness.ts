/**
 * The e2e harness: `glaneur serve` as a child process (the real CLI, on a corpus file) and
 * Debian's Chromium driven by playwright-core. Nothing is downloaded: Chromium comes from apt
 * (`.ci/run` installs it); a test that cannot find it fails and says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.GLANEUR_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots of each screen, looked at by a person; not committed. */
export const SHOTS = join(ROOT, 'test-output', 'screenshots');

export interface Served {
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `glaneur serve --db <db> --port 0` and resolves with the address it prints. */
export function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'glaneur.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stopping = false;
  let err = '';
  // A server that dies mid-suite (a crash, a signal) fails every later test with a refused
  // connection that says nothing: its exit and the end of what it wrote are printed at once.
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`\nglaneur serve (${db}) exited unexpectedly: code ${code}, signal ${signal}; its stderr ended with:\n${err.slice(-4000)}\n`);
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`glaneur serve did not start: ${err}`)), 30_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/u.exec(out);
      if (match !== null) {
        clearTimeout(timer);
        const url = match[0];
        resolve({
          url,
          origin: new URL(url).origin,
          process: child,
          stop: () =>
            new Promise((done) => {
              stopping = true;
              // Ended by a signal, a process has a signalCode and no exitCode: waiting for its exit would wait forever.
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`glaneur serve exited (${code}, ${signal}): ${err}`)));
  });
}

export interface Browsing {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export async function openBrowser(extraArgs: readonly string[] = []): Promise<Browsing> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), 'glaneur-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', ...extraArgs],
    viewport: { width: 1440, height: 900 },
    locale: 'fr-FR',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const browser = context.browser();
  return {
    browser: browser as Browser,
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The app as a person opens it: `glaneur serve` on `db` and Chromium, the page's uncaught errors
 * pushed into `pageErrors` (each e2e file asserts at its end that none was raised).
 */
export async function openApp(db: string, pageErrors: string[]): Promise<{ served: Served; browsing: Browsing; page: Page }> {
  const served = await serve(db);
  const browsing = await openBrowser();
  browsing.page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { served, browsing, page: browsing.page };
}

/** Closes the browser, then stops `glaneur serve`; either may be missing when a `beforeAll` failed early. */
export async function closeApp(browsing: Browsing | undefined, served: Served | undefined): Promise<void> {
  await browsing?.close();
  await served?.stop();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Imports files into a corpus with the real CLI (as a person would before opening the app). */
export function cliImport(db: string, files: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'glaneur.js'), 'import', '--db', db, '--jobs', '2', ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`glaneur import failed (${code}): ${err}`))));
  });
}

/** Calls the API of a running `glaneur serve` from the test (token header), for assertions. */
export async function apiCall<T>(served: Served, method: string, input: unknown): Promise<T> {
  const token = new URL(served.url).searchParams.get('token') ?? '';
  const response = await fetch(`${served.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-glaneur-token': token }, body: JSON.stringify(input) });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message ?? 'failed'}`);
  return result.value;
}

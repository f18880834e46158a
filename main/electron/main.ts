/**
 * The Electron main process: opens the corpus, serves the API over IPC, shows the renderer.
 *
 * Cannot be launched on machines without internet access: the `electron` npm package downloads
 * its binary on first run. The same UI and API run in a browser with `glaneur serve`, which is
 * what the tests drive. This file is type-checked and linted with the rest.
 *
 * Security (Electron's checklist): context isolation, sandbox, no Node in the page, a strict
 * Content Security Policy (in index.html and as a response header), every navigation and
 * `window.open` refused, permission requests denied, IPC accepted only from the app's own page.
 *
 * better-sqlite3 must be built for Electron's ABI here (e.g. `npx @electron/rebuild` into
 * `build/electron/`); point GLANEUR_SQLITE_BINDING at that addon so the Node build used by the
 * CLI and `npm test` stays untouched.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { APP_BUSY_TIMEOUT_MS, withBusyRetry } from '../api/busy.js';
import { guardedRetry, watchCorpusFile, withCorpusIdentity } from '../api/corpus-identity.js';
import { createService } from '../api/service.js';
import { busyRetry as busyRetryUntil } from '../store/busy-retry.js';
import { createUploadStore } from '../api/uploads.js';
import { CONTENT_SECURITY_POLICY } from '../serve/http.js';
import { openCorpus } from '../store/db.js';
import { EVENT_CHANNEL } from './channels.js';
import { registerApiHandlers } from './ipc.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', '..', '..', 'dist-renderer');
const rendererIndex = join(rendererDir, 'index.html');
const preloadPath = join(here, 'preload.cjs');

function corpusPath(): string {
  const flag = process.argv.findIndex((argument) => argument === '--db');
  const named = flag >= 0 ? process.argv[flag + 1] : undefined;
  return named ?? join(app.getPath('documents'), 'Glaneur', 'corpus.sqlite');
}

function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  const binding = process.env.GLANEUR_SQLITE_BINDING;
  const db = await openCorpus(corpusPath(), { create: true, nativeBinding: binding !== undefined && existsSync(binding) ? binding : undefined });
  const rendererUrl = pathToFileURL(rendererIndex).href;
  const rendererRoot = pathToFileURL(rendererDir).href;
  const isTrustedUrl = (url: string): boolean => url === rendererUrl || url.startsWith(`${rendererUrl}#`) || url.startsWith(`${rendererUrl}?`);
  const uploads = createUploadStore();
  const window: BrowserWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click must not open a window either (setWindowOpenHandler already denies it).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const emit = (event: unknown): void => window.webContents.send(EVENT_CHANNEL, event);
  // As under `serve` (api/busy.ts): SQLite's own wait for another program's lock is synchronous
  // and would freeze this main process — every window, every call — for up to 30 s; the
  // connection does not wait, and each call is tried again on the event loop instead.
  db.pragma('busy_timeout = 0');
  const watch = watchCorpusFile(db);
  // Every write (the import's documents, reextract's, each call's) first checks the file is still the one opened.
  const busyRetry = guardedRetry(busyRetryUntil(APP_BUSY_TIMEOUT_MS), watch, db.name);
  // As under `serve`: a corpus file replaced while the app is open has its old log emptied
  // within two seconds, even if no call is made. (Electron cannot run on the build machine:
  // this file is typechecked only, the watch itself is tested under serve and directly.)
  const poll = setInterval(() => watch.replaced(), 2000);
  poll.unref();
  registerApiHandlers(withCorpusIdentity(withBusyRetry(createService(db, { emit, uploads, busyRetry }), busyRetry), watch, db.name), isTrustedUrl, uploads);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  // Files dropped on the window must not replace the app: the page handles drops itself.
  window.webContents.on('will-frame-navigate', (event) => {
    if (!event.url.startsWith(rendererRoot)) event.preventDefault();
  });
  await window.loadURL(rendererUrl);
  // `app.quit()` and Cmd+Q do not emit `window-all-closed` (the windows close after), but every
  // way out emits `will-quit`: the corpus is closed there, once.
  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    clearInterval(poll);
    uploads.clear();
    // A file replaced while open has its old log emptied before closing (see watchCorpusFile).
    watch.replaced();
    db.close();
    watch.close(); // after the connection: before, it would release the connection's locks
  });
  app.on('window-all-closed', () => app.quit());
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Glaneur n’a pas pu démarrer', error instanceof Error ? error.message : String(error));
  app.exit(1);
});

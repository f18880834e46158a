/**
 * The Electron main process: opens the corpus, serves the API over IPC, shows the renderer.
 *
 * Cannot be launched on machines without internet access: the `electron` npm package downloads
 * its binary on first run. The same UI and API run in a browser with `glaneur serve`, which is
 * what the tests drive. This file is type-checked and linted with the rest.
 *
 * better-sqlite3 must be built for Electron's ABI here (e.g. `npx @electron/rebuild` into
 * `build/electron/`); point GLANEUR_SQLITE_BINDING at that addon so the Node build used by the
 * CLI and `npm test` stays untouched.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { createService } from '../api/service.js';
import { openCorpus } from '../store/db.js';
import { registerApiHandlers } from './ipc.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '..', '..', '..', 'dist-renderer', 'index.html');
const preloadPath = join(here, 'preload.cjs');

function corpusPath(): string {
  const flag = process.argv.findIndex((argument) => argument === '--db');
  const named = flag >= 0 ? process.argv[flag + 1] : undefined;
  return named ?? join(app.getPath('documents'), 'Glaneur', 'corpus.sqlite');
}

async function start(): Promise<void> {
  await app.whenReady();
  const binding = process.env.GLANEUR_SQLITE_BINDING;
  const db = await openCorpus(corpusPath(), { create: true, nativeBinding: binding !== undefined && existsSync(binding) ? binding : undefined });
  const rendererUrl = pathToFileURL(rendererIndex).href;
  registerApiHandlers(createService(db), (url) => url === rendererUrl || url.startsWith(`${rendererUrl}#`));

  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    webPreferences: { preload: preloadPath, contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  await window.loadURL(rendererUrl);
  app.on('window-all-closed', () => {
    db.close();
    app.quit();
  });
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Glaneur could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});

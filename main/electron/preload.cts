/**
 * The preload: exposes the API contract's methods, by name, an event subscription and the upload
 * of one file, and nothing else. No channel can be named by the page; every call goes to
 * `glaneur:<method>`, where main validates it again.
 *
 * CommonJS and self-contained because sandboxed preloads can require nothing but `electron`:
 * the method names come from main (one synchronous call at start-up), so the contract stays the
 * single list of methods.
 */
import electron = require('electron');

const methods: unknown = electron.ipcRenderer.sendSync('glaneur:methods');
if (!Array.isArray(methods) || !methods.every((method) => typeof method === 'string')) {
  throw new Error('glaneur: main did not list the API methods');
}
const api = Object.fromEntries(
  methods.map((method: string) => [method, (input: unknown) => electron.ipcRenderer.invoke(`glaneur:${method}`, input)]),
);

electron.contextBridge.exposeInMainWorld('glaneur', Object.freeze(api));
electron.contextBridge.exposeInMainWorld(
  'glaneurTransport',
  Object.freeze({
    /** Events from main; the page's listener never sees the IPC event object. */
    subscribe(listener: (event: unknown) => void): () => void {
      const forward = (_event: unknown, payload: unknown): void => listener(payload);
      electron.ipcRenderer.on('glaneur:event', forward);
      return () => electron.ipcRenderer.removeListener('glaneur:event', forward);
    },
    upload(name: string, bytes: ArrayBuffer): Promise<unknown> {
      return electron.ipcRenderer.invoke('glaneur:upload', name, new Uint8Array(bytes));
    },
  }),
);

/**
 * Registers one IPC handler per API method, and the upload channel. Main distrusts the sender:
 * calls from a frame that is not the app's own top-level page are refused and logged; arguments
 * are validated by dispatch.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiImplementation } from '../api/contract.js';
import { dispatch } from '../api/dispatch.js';
import { fail, ok } from '../api/result.js';
import { MAX_UPLOAD_BYTES, type UploadStore } from '../api/uploads.js';
import { CHANNEL_PREFIX, channelFor, UPLOAD_CHANNEL } from './channels.js';

function fromTrustedFrame(event: IpcMainInvokeEvent, isTrustedUrl: (url: string) => boolean, what: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url)) {
    console.warn(`glaneur: refused ${what} from ${frame?.url ?? 'a destroyed frame'}`);
    return false;
  }
  return true;
}

export function registerApiHandlers(implementation: ApiImplementation, isTrustedUrl: (url: string) => boolean, uploads: UploadStore): void {
  ipcMain.on(`${CHANNEL_PREFIX}methods`, (event) => {
    event.returnValue = isTrustedUrl(event.senderFrame?.url ?? '') ? API_METHODS : [];
  });
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!fromTrustedFrame(event, isTrustedUrl, method)) return fail('INVALID_ARGUMENT', 'calls are accepted only from the Glaneur window');
      return dispatch(implementation, method, input);
    });
  }
  ipcMain.handle(UPLOAD_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, bytes: unknown) => {
    if (!fromTrustedFrame(event, isTrustedUrl, 'upload')) return fail('INVALID_ARGUMENT', 'calls are accepted only from the Glaneur window');
    if (typeof name !== 'string' || !(bytes instanceof Uint8Array) || bytes.length > MAX_UPLOAD_BYTES) return fail('INVALID_ARGUMENT', 'upload: a file name and its bytes');
    return ok({ uploadId: uploads.save(name, bytes) });
  });
}

/**
 * Registers one IPC handler per API method. Main distrusts the sender: calls from a frame that is
 * not the app's own top-level page are refused and logged; arguments are validated by dispatch.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiImplementation } from '../api/contract.js';
import { dispatch } from '../api/dispatch.js';
import { fail } from '../api/result.js';
import { CHANNEL_PREFIX, channelFor } from './channels.js';

export function registerApiHandlers(implementation: ApiImplementation, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.on(`${CHANNEL_PREFIX}methods`, (event) => {
    event.returnValue = isTrustedUrl(event.senderFrame?.url ?? '') ? API_METHODS : [];
  });
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url)) {
        console.warn(`glaneur: refused ${method} from ${frame?.url ?? 'a destroyed frame'}`);
        return fail('INVALID_ARGUMENT', 'calls are accepted only from the Glaneur window');
      }
      return dispatch(implementation, method, input);
    });
  }
}

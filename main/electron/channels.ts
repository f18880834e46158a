/** IPC channel names: one per API method, under the app's own prefix, plus events and upload. */
export const CHANNEL_PREFIX = 'glaneur:';
/** main → renderer: every ApiEvent. */
export const EVENT_CHANNEL = `${CHANNEL_PREFIX}event`;
/** renderer → main: one file's bytes before `startImport`. */
export const UPLOAD_CHANNEL = `${CHANNEL_PREFIX}upload`;

export function channelFor(method: string): string {
  return `${CHANNEL_PREFIX}${method}`;
}

/** IPC channel names: one per API method, under the app's own prefix. */
export const CHANNEL_PREFIX = 'glaneur:';

export function channelFor(method: string): string {
  return `${CHANNEL_PREFIX}${method}`;
}

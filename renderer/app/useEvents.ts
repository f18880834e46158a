import { useEffect, useRef } from 'react';
import type { ApiEvent } from '../../main/api/contract.js';
import { getTransport } from '../api/client.js';

/** Subscribes to main's events for the component's lifetime; the latest handler is always used. */
export function useApiEvents(handler: (event: ApiEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => getTransport().subscribe((event) => latest.current(event)), []);
}

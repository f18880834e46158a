/**
 * The renderer's only way to reach main: the API contract's methods, plus events and upload
 * (GlaneurTransport). Over Electron IPC when the preload exposed `window.glaneur`, over HTTP
 * (`glaneur serve`: JSON calls, Server-Sent Events, upload by POST) otherwise. Views call
 * `getTransport()` and never learn which transport they are on.
 */
import type { ApiEvent, ApiMethod, GlaneurApi, GlaneurTransport, Result } from '../../main/api/contract.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly glaneur?: GlaneurApi;
    /** Set by the Electron preload: events and upload over IPC. */
    readonly glaneurTransport?: Omit<GlaneurTransport, 'api'>;
  }
}

function unreachable(error: unknown): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: `Glaneur ne répond pas (${error instanceof Error ? error.message : String(error)})` } };
}

/** The HTTP transport: `POST /api/<method>` on the page's own origin; the session cookie rides along. */
export function createHttpClient(baseUrl: string, methods: readonly ApiMethod[]): GlaneurApi {
  const call = async (method: ApiMethod, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return unreachable(error);
    }
  };
  return Object.fromEntries(methods.map((method) => [method, (input: unknown) => call(method, input)])) as GlaneurApi;
}

function createHttpTransport(baseUrl: string): GlaneurTransport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let source: EventSource | undefined;
  return {
    api: createHttpClient(baseUrl, CLIENT_METHODS),
    subscribe(listener) {
      listeners.add(listener);
      if (source === undefined) {
        source = new EventSource(`${baseUrl}/events`);
        source.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as ApiEvent;
          for (const each of listeners) each(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = undefined;
        }
      };
    },
    async upload(name, bytes) {
      try {
        const response = await fetch(`${baseUrl}/upload?name=${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          credentials: 'same-origin',
          body: bytes,
        });
        return (await response.json()) as Result<{ uploadId: string }>;
      } catch (error) {
        return unreachable(error);
      }
    },
  };
}

/**
 * The method names, kept here as data because the renderer may import only types from main;
 * `satisfies` makes the compiler fail if this list and the contract ever differ.
 */
export const CLIENT_METHODS = [
  'listDocuments',
  'getDocument',
  'getPage',
  'listMentions',
  'acceptMention',
  'rejectMention',
  'resetMention',
  'editMention',
  'addMention',
  'undo',
  'listAudit',
  'listEntities',
  'reextract',
  'listDocumentSummaries',
  'getOriginal',
  'getPageImage',
  'readSpan',
  'resizeMention',
  'previewBulk',
  'applyBulk',
  'startImport',
  'cancelImport',
  'getIndicatorTable',
  'listDocumentGroups',
  'exportMentionsCsv',
  'getDocumentMetadata',
  'updateDocumentMetadata',
] as const satisfies readonly ApiMethod[];

type Missing = Exclude<ApiMethod, (typeof CLIENT_METHODS)[number]>;
const everyMethodListed: [Missing] extends [never] ? true : Missing = true;
void everyMethodListed;

let transport: GlaneurTransport | undefined;

export function getTransport(): GlaneurTransport {
  if (transport === undefined) {
    const electron = window.glaneurTransport;
    transport =
      window.glaneur !== undefined && electron !== undefined
        ? { api: window.glaneur, subscribe: (listener) => electron.subscribe(listener), upload: (name, bytes) => electron.upload(name, bytes) }
        : createHttpTransport(window.location.origin);
  }
  return transport;
}

export function getApi(): GlaneurApi {
  return getTransport().api;
}

/** The value of a Result, or throws its message (for callers that show errors in one place). */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

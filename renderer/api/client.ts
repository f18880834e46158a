/**
 * The renderer's only way to reach main: the API contract's methods, over Electron IPC when the
 * preload exposed `window.glaneur`, over HTTP (`glaneur serve`) otherwise. Views call
 * `getApi()` and never learn which transport they are on.
 */
import type { ApiMethod, GlaneurApi, Result } from '../../main/api/contract.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly glaneur?: GlaneurApi;
  }
}

/** The HTTP transport: `POST /api/<method>` on the page's own origin. */
export function createHttpClient(baseUrl: string, methods: readonly ApiMethod[]): GlaneurApi {
  const call = async (method: ApiMethod, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: `Glaneur is not reachable (${error instanceof Error ? error.message : String(error)})` } };
    }
  };
  return Object.fromEntries(methods.map((method) => [method, (input: unknown) => call(method, input)])) as GlaneurApi;
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
  'getIndicatorTable',
  'listDocumentGroups',
  'getDocumentMetadata',
  'updateDocumentMetadata',
] as const satisfies readonly ApiMethod[];

type Missing = Exclude<ApiMethod, (typeof CLIENT_METHODS)[number]>;
const everyMethodListed: [Missing] extends [never] ? true : Missing = true;
void everyMethodListed;

export function getApi(): GlaneurApi {
  return window.glaneur ?? createHttpClient(window.location.origin, CLIENT_METHODS);
}

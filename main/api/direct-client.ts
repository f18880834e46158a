/**
 * The in-process transport: a GlaneurApi whose calls go straight to `dispatch`, for the CLI and
 * tests. Same validation and Result shapes as IPC and HTTP, so nothing differs but the wire.
 */
import { API_METHODS, type ApiImplementation, type GlaneurApi } from './contract.js';
import { dispatch } from './dispatch.js';

export function createDirectClient(implementation: ApiImplementation): GlaneurApi {
  return Object.fromEntries(API_METHODS.map((method) => [method, (input: unknown) => dispatch(implementation, method, input)])) as GlaneurApi;
}

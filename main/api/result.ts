import type { ApiErrorCode } from '../errors.js';

/** Every API call answers with a Result: never a thrown error across the boundary. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

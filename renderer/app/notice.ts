import { createContext, useContext } from 'react';
import type { ApiErrorCode } from '../../main/api/contract.js';
import { API_ERRORS, t } from '../i18n/fr.js';

/**
 * A one-line message in the header's live region (read out by screen readers). An error's
 * technical detail (the core's English text) is not part of the line: it is offered beside it,
 * under « Détail technique », for whoever needs to pass it on.
 */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
  readonly detail?: string;
  readonly at?: number;
}

export const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

export function useNotice(): (notice: Notice) => void {
  return useContext(NoticeContext);
}

/** Anything a call threw, as a notice: an API error by its code, anything else as unexpected. */
export function failureNotice(failure: unknown): Notice {
  const code = (failure as { code?: unknown } | null)?.code;
  const message = failure instanceof Error ? failure.message : String(failure);
  if (typeof code === 'string' && code in API_ERRORS) return apiErrorNotice({ code: code as ApiErrorCode, message });
  return { kind: 'error', text: t.errors.unexpected, detail: message };
}

/** An API error as a notice: its French sentence, its technical detail apart. */
export function apiErrorNotice(error: { readonly code: ApiErrorCode; readonly message: string }): Notice {
  return { kind: 'error', text: t.errors.api(error), detail: error.message };
}

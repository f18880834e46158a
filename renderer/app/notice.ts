import { createContext, useContext } from 'react';

/** A one-line message in the header's live region (read out by screen readers). */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
  readonly at?: number;
}

export const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

export function useNotice(): (notice: Notice) => void {
  return useContext(NoticeContext);
}

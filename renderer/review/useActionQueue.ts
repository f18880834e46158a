/**
 * The review's keyboard loop: a key press becomes an action, and actions run one after another,
 * each on the state the previous one left. A fast reviewer's keys are queued (up to a few), never
 * dropped nor raced against each other.
 */
import { useCallback, useEffect, useRef } from 'react';
import { failureNotice, useNotice } from '../app/notice.js';
import { actionForKey, type ReviewAction } from './keys.js';

/** Key presses waiting while an action runs; more are ignored (a key held down). */
const MAX_QUEUED_ACTIONS = 8;

/** Keys typed in a text field or a list belong to it; a checkbox or a button lets them through. */
export function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  return element.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'range'].includes((element as HTMLInputElement).type);
}

export type ReviewHandlers = Record<ReviewAction, () => void | Promise<void>>;

/**
 * Runs `handlers` (the latest ones each time) for toolbar clicks (the returned `act`) and for
 * keys pressed anywhere on the page while no dialog is open.
 */
export function useActionQueue(handlers: ReviewHandlers, dialogOpen: boolean): (action: ReviewAction) => void {
  const notify = useNotice();
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const queue = useRef<ReviewAction[]>([]);
  const draining = useRef(false);
  const act = useCallback(
    (action: ReviewAction): void => {
      if (queue.current.length >= MAX_QUEUED_ACTIONS) return;
      queue.current.push(action);
      if (draining.current) return;
      draining.current = true;
      void (async () => {
        for (let next = queue.current.shift(); next !== undefined; next = queue.current.shift()) {
          try {
            await handlersRef.current[next]();
          } catch (error) {
            notify(failureNotice(error));
          }
          // Let React commit the new state before the next action reads it.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
        draining.current = false;
      })();
    },
    [notify],
  );

  useEffect(() => {
    if (dialogOpen) return;
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target !== null && isTextEntry(target)) return;
      const action = actionForKey(event);
      // Entrée on a focused button or link presses it, not "accept".
      if (action === undefined || (event.key === 'Enter' && (target?.tagName === 'BUTTON' || target?.tagName === 'A'))) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen, act]);

  return act;
}

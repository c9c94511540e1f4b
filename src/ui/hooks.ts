import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/**
 * Moves focus to the page's heading when the user arrives from another page or step, so a
 * screen reader announces the new question. The very first page load keeps the browser's
 * own focus at the top.
 */
export function useFocusOnArrival<T extends HTMLElement>(stepKey: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, [stepKey]);
  return ref;
}

/** For tests: behave as after a first page. */
export function markFirstPageShown(shown: boolean) {
  firstPageShown = shown;
}

/** `<title>` of the page: its heading, then the guide's name. */
export function useDocumentTitle(heading: string) {
  const { t } = useTranslation('common');
  const title = t('app.documentTitle', { page: heading });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

const noSubscription = () => () => {};

/**
 * False in the prerendered HTML and while the app takes the page over, true once it runs:
 * for what only works with script (the server and the hydrating client agree on false).
 */
export function useAppRunning(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** A browser fact read once the app runs (false before, as in the prerendered HTML). */
export function useBrowserFact(read: () => boolean): boolean {
  return useSyncExternalStore(noSubscription, read, () => false);
}

/**
 * False until the browser is idle after the app has taken the page over: for what the first
 * interaction does not need (the record block, the update prompt), so that it never lengthens
 * the takeover. Rendered then in a transition, in slices.
 */
export function useAfterStart(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const start = () => startTransition(() => setStarted(true));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(start, 200);
    return () => clearTimeout(id);
  }, []);
  return started;
}

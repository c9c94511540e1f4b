import { useSyncExternalStore } from 'react';
import type { Language } from '../i18n/languages';

/**
 * Where the user opened a situation from (a search's results with their query, or an
 * organisation's page), so that its first step's « Retour » leads back there. Carried in the
 * history entry by the link (`state`), then kept for the tab (sessionStorage) while the user
 * walks the situation, so that coming back to its first question still knows it.
 */
export interface CameFrom {
  from: string;
}

export const cameFrom = (from: string): CameFrom => ({ from });

const key = (scenario: string) => `retour:${scenario}`;
const noSubscription = () => () => {};

interface Read {
  /** The page this very step was opened from (its history entry carries it). */
  here?: string;
  /** The page the situation was opened from, earlier in this tab. */
  kept?: string;
}

const NOTHING: Read = {};
let last: { lang: string; scenario: string; carried: unknown; kept: string | null; read: Read } | undefined;

function read(lang: Language, scenario: string): Read {
  const isOwnPage = (value: unknown): value is string => typeof value === 'string' && value.startsWith(`/${lang}/`) && !value.startsWith('//');
  const carried = (history.state as Partial<CameFrom> | null)?.from;
  let kept: string | null = null;
  try {
    if (isOwnPage(carried)) sessionStorage.setItem(key(scenario), carried);
    kept = sessionStorage.getItem(key(scenario));
  } catch {
    // Storage blocked: only the history entry tells.
  }
  // The same object while nothing changed (useSyncExternalStore compares snapshots).
  if (last && last.lang === lang && last.scenario === scenario && last.carried === carried && last.kept === kept) return last.read;
  const result = { here: isOwnPage(carried) ? carried : undefined, kept: isOwnPage(kept) ? kept : undefined };
  last = { lang, scenario, carried, kept, read: result };
  return result;
}

/** Where this situation was opened from, once the app runs (nothing before: the page's HTML has none). */
export function useCameFrom(lang: Language, scenario: string): Read {
  return useSyncExternalStore(noSubscription, () => read(lang, scenario), () => NOTHING);
}

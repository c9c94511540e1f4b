import { useEffect, useSyncExternalStore } from 'react';
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
const carriedFrom = () => (history.state as Partial<CameFrom> | null)?.from;

function keptFrom(scenario: string): string | null {
  try {
    return sessionStorage.getItem(key(scenario));
  } catch {
    return null; // storage blocked: only the history entry tells
  }
}

/** Where this situation was opened from, once the app runs (nothing before: the page's HTML has none). */
export function useCameFrom(lang: Language, scenario: string): Read {
  const isOwnPage = (value: unknown): value is string => typeof value === 'string' && value.startsWith(`/${lang}/`) && !value.startsWith('//');
  // Primitive snapshots (useSyncExternalStore compares them), read once the app runs.
  const carried = useSyncExternalStore(noSubscription, carriedFrom, () => undefined);
  const kept = useSyncExternalStore(noSubscription, () => keptFrom(scenario), () => null);
  useEffect(() => {
    if (!isOwnPage(carried)) return;
    try {
      sessionStorage.setItem(key(scenario), carried);
    } catch {
      // Storage blocked: « Retour » on a later visit of the first step leads to the organisation's page.
    }
  });
  if (carried === undefined && kept === null) return NOTHING;
  return { here: isOwnPage(carried) ? carried : undefined, kept: isOwnPage(kept) ? kept : isOwnPage(carried) ? carried : undefined };
}

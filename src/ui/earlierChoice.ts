import { useHistoryState } from 'wouter/use-browser-location';

/**
 * What the browser's history entry remembers of this question: the answer the user gave
 * here before (set by « Retour », « Modifier », or on leaving the page through an answer,
 * so that browser back finds it) and, after « Modifier », the answers they had then.
 */
export interface EarlierChoice {
  chosen: string;
  later?: string[];
}

/** The earlier choice for this page, if it is one of its answers. Null while hydrating. */
export function useEarlierChoice(events: string[]): EarlierChoice | undefined {
  const state: unknown = useHistoryState();
  if (typeof state !== 'object' || state === null) return undefined;
  const { chosen, later } = state as Partial<Record<keyof EarlierChoice, unknown>>;
  if (typeof chosen !== 'string' || !events.includes(chosen)) return undefined;
  const validLater = Array.isArray(later) && later.every((a) => typeof a === 'string') ? (later as string[]) : undefined;
  return { chosen, ...(validLater ? { later: validLater } : {}) };
}

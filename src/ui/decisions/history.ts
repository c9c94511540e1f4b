import type { Verdict } from '../../../engine/model';
import { isLanguage, type Language } from '../../i18n/languages';

/**
 * « Mes décisions »: the endings reached, kept in this browser's localStorage only and never
 * sent anywhere. Whatever the key holds (another version's format, a truncated write, a hand
 * edit, a huge value), reading never throws: it keeps every entry it can read and says what it
 * could not.
 */
export const HISTORY_KEY = 'mes-decisions';
/**
 * The user's lasting choice not to keep their answers on this device (a shared computer: a
 * polling place, a front desk). Present, whatever it holds, means « off »: only « Ne plus
 * garder mes réponses » writes it, and only « Garder de nouveau » removes it, so a damaged
 * value keeps the choice the user made rather than starting to keep answers again.
 */
export const HISTORY_OFF_KEY = 'mes-decisions-desactive';
/** The most entries kept: the oldest go first. */
export const MAX_DECISIONS = 100;
/** A stored value longer than this is not ours as written (100 entries take about 30 000). */
export const MAX_STORED_CHARS = 200_000;
const FORMAT = 1;

export interface Decision {
  /** Scenario id. */
  id: string;
  /** The answers to the ending (its path). */
  answers: string[];
  /** The language the ending was read in (its link and title are in it). */
  lang: Language;
  /** The situation's title, in that language. */
  title: string;
  verdict: Verdict;
  /** When it was reached (ISO 8601). */
  date: string;
}

export type HistoryProblem = 'corrupted' | 'oversized' | 'unavailable';

export interface HistoryRead {
  decisions: Decision[];
  /** Set when something could not be read as it was: the page says so. */
  problem?: HistoryProblem;
}

// The verdicts (engine/model.ts's VERDICTS, copied so that this page does not download XState
// with the model); both checks below fail to compile if the two lists ever differ.
const VERDICTS = ['allowed', 'allowed-if', 'not-allowed', 'required', 'recommended', 'escalate', 'ask'] as const satisfies readonly Verdict[];
const everyVerdict: Record<Verdict, true> = Object.fromEntries(VERDICTS.map((v) => [v, true])) as Record<(typeof VERDICTS)[number], true>;
void everyVerdict;

const SEGMENT = /^[\p{L}\p{N}_-]{1,80}$/u;

/** The entry as a Decision, or undefined when any field is not what we write. */
export function asDecision(value: unknown): Decision | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !SEGMENT.test(v.id)) return undefined;
  if (!Array.isArray(v.answers) || v.answers.length > 100 || !v.answers.every((a) => typeof a === 'string' && SEGMENT.test(a))) return undefined;
  if (!isLanguage(v.lang)) return undefined;
  if (typeof v.title !== 'string' || v.title.trim() === '' || v.title.length > 300) return undefined;
  if (typeof v.verdict !== 'string' || !(VERDICTS as readonly string[]).includes(v.verdict)) return undefined;
  if (typeof v.date !== 'string' || v.date.length > 40 || Number.isNaN(Date.parse(v.date))) return undefined;
  return { id: v.id, answers: [...(v.answers as string[])], lang: v.lang, title: v.title, verdict: v.verdict as Verdict, date: new Date(v.date).toISOString() };
}

export const decisionKey = (d: Pick<Decision, 'id' | 'answers' | 'lang'>) => `${d.lang}/${d.id}/${d.answers.join('/')}`;

/** Newest first, one entry per ending (the latest), at most MAX_DECISIONS. */
function tidy(decisions: Decision[]): Decision[] {
  const seen = new Set<string>();
  return [...decisions]
    .sort((a, b) => b.date.localeCompare(a.date))
    .filter((d) => !seen.has(decisionKey(d)) && seen.add(decisionKey(d)))
    .slice(0, MAX_DECISIONS);
}

/** Reads a stored value: every entry that can be read, and what went wrong with the rest. */
export function parseHistory(raw: string | null): HistoryRead {
  if (raw === null || raw === '') return { decisions: [] };
  let entries: unknown[] | undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    const list = Array.isArray(parsed) ? parsed : (parsed as { decisions?: unknown } | null)?.decisions;
    if (Array.isArray(list)) entries = list;
  } catch {
    // A truncated or damaged value: below, each entry that is still whole is read on its own.
  }
  let damaged = entries === undefined;
  if (entries === undefined) {
    // Entries hold no braces inside them: each whole `{…}` is a candidate.
    entries = [];
    for (const match of raw.slice(0, 4 * MAX_STORED_CHARS).matchAll(/\{[^{}]*\}/g)) {
      try {
        entries.push(JSON.parse(match[0]));
      } catch {
        // not an entry
      }
    }
  }
  const decisions = entries.map(asDecision).filter((d): d is Decision => d !== undefined);
  if (decisions.length < entries.length) damaged = true;
  const kept = tidy(decisions);
  const oversized = raw.length > MAX_STORED_CHARS || decisions.length > MAX_DECISIONS;
  return { decisions: kept, ...(damaged ? { problem: 'corrupted' as const } : oversized ? { problem: 'oversized' as const } : {}) };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readHistory(): HistoryRead {
  try {
    const store = storage();
    if (!store) return { decisions: [], problem: 'unavailable' };
    return parseHistory(store.getItem(HISTORY_KEY));
  } catch {
    return { decisions: [], problem: 'unavailable' };
  }
}

/** Writes the list (newest first); when storage is full, keeps as many of the newest as fit. False when nothing could be written. */
export function writeHistory(decisions: Decision[]): boolean {
  const store = storage();
  if (!store) return false;
  let list = tidy(decisions);
  for (;;) {
    try {
      if (list.length === 0) store.removeItem(HISTORY_KEY);
      else store.setItem(HISTORY_KEY, JSON.stringify({ format: FORMAT, decisions: list }));
      return true;
    } catch {
      if (list.length <= 1) return false;
      list = list.slice(0, Math.floor(list.length / 2));
    }
  }
}

/** Whether the user turned « Mes décisions » off on this device. False when storage cannot be read (nothing can be kept there anyway). */
export function isHistoryOff(): boolean {
  try {
    return storage()?.getItem(HISTORY_OFF_KEY) != null;
  } catch {
    return false;
  }
}

/**
 * Turns keeping answers off (nothing new is written from then on; what is already kept stays
 * until the user deletes it) or on again. False when the choice could not be stored.
 */
export function setHistoryOff(off: boolean): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (off) store.setItem(HISTORY_OFF_KEY, 'off');
    else store.removeItem(HISTORY_OFF_KEY);
    return isHistoryOff() === off;
  } catch {
    return false;
  }
}

/**
 * The endings the user asked not to keep (« Ne pas garder cette réponse »), so that reopening
 * or reloading one does not keep it again: in this tab's sessionStorage, gone when the tab
 * closes, or in memory where sessionStorage cannot be used.
 */
export const DECLINED_KEY = 'mes-decisions-refusees';
let declinedInMemory: string[] = [];

function declined(): string[] {
  try {
    const list: unknown = JSON.parse(globalThis.sessionStorage?.getItem(DECLINED_KEY) ?? '[]');
    if (Array.isArray(list)) return [...new Set([...declinedInMemory, ...list.filter((k): k is string => typeof k === 'string')])];
  } catch {
    // Unavailable or damaged: what this page remembers.
  }
  return declinedInMemory;
}

function setDeclined(keys: string[]) {
  declinedInMemory = keys.slice(-MAX_DECISIONS);
  try {
    if (declinedInMemory.length === 0) globalThis.sessionStorage?.removeItem(DECLINED_KEY);
    else globalThis.sessionStorage?.setItem(DECLINED_KEY, JSON.stringify(declinedInMemory));
  } catch {
    // Kept in memory only.
  }
}

/**
 * What became of an ending reached: kept; not kept because the user asked not to keep this
 * one, or turned history off; not kept because storage failed.
 */
export type RecordResult = 'kept' | 'declined' | 'off' | 'failed';

/** Adds an ending reached (or moves it to the top, dated now), unless the user turned history off or declined this one. */
export function recordDecision(decision: Omit<Decision, 'date'>, date = new Date()): RecordResult {
  if (isHistoryOff()) return 'off';
  const entry = asDecision({ ...decision, date: date.toISOString() });
  if (!entry) return 'failed';
  if (declined().includes(decisionKey(entry))) return 'declined';
  return writeHistory([entry, ...readHistory().decisions.filter((d) => decisionKey(d) !== decisionKey(entry))]) ? 'kept' : 'failed';
}

/** « Ne pas garder cette réponse »: removes this ending from the history and does not keep it again in this tab. False when it could not be removed. */
export function declineDecision(decision: Pick<Decision, 'id' | 'answers' | 'lang'>): boolean {
  const key = decisionKey(decision);
  setDeclined([...declined().filter((k) => k !== key), key]);
  const { decisions, problem } = readHistory();
  if (problem === 'unavailable') return false;
  return !decisions.some((d) => decisionKey(d) === key) || deleteDecision(key);
}

/** Undoes « Ne pas garder cette réponse »: keeps this ending after all. */
export function keepDecision(decision: Omit<Decision, 'date'>, date = new Date()): RecordResult {
  const key = decisionKey(decision);
  setDeclined(declined().filter((k) => k !== key));
  return recordDecision(decision, date);
}

export function deleteDecision(key: string): boolean {
  return writeHistory(readHistory().decisions.filter((d) => decisionKey(d) !== key));
}

export function clearHistory(): boolean {
  return writeHistory([]);
}

import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HISTORY_KEY,
  MAX_DECISIONS,
  DECLINED_KEY,
  HISTORY_OFF_KEY,
  clearHistory,
  decisionKey,
  declineDecision,
  deleteDecision,
  isHistoryOff,
  keepDecision,
  parseHistory,
  readHistory,
  recordDecision,
  setHistoryOff,
  type Decision,
} from '../../src/ui/decisions/history';

const decision = (n: number, over: Partial<Decision> = {}): Decision => ({
  id: 'eq-relation-politique',
  answers: ['ds', `r${n}`],
  lang: 'fr',
  title: `Situation ${n}`,
  verdict: 'allowed',
  date: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  ...over,
});

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  // The endings declined are remembered in memory too: undo, then forget what that kept.
  keepDecision(decision(1));
  sessionStorage.clear();
  localStorage.clear();
});

describe('« Mes décisions » storage', () => {
  it('records, dedupes (latest first), deletes and clears', () => {
    expect(recordDecision(decision(1), new Date('2026-01-01'))).toBe('kept');
    expect(recordDecision(decision(2), new Date('2026-01-02'))).toBe('kept');
    expect(recordDecision(decision(1), new Date('2026-01-03'))).toBe('kept');
    expect(readHistory().decisions.map((d) => d.title)).toEqual(['Situation 1', 'Situation 2']);
    expect(deleteDecision(decisionKey(decision(2)))).toBe(true);
    expect(readHistory()).toEqual({ decisions: [expect.objectContaining({ title: 'Situation 1' })] });
    clearHistory();
    expect(localStorage.getItem(HISTORY_KEY)).toBeNull();
  });

  it('keeps the whole entries of a truncated value and says it was damaged', () => {
    const raw = JSON.stringify({ format: 1, decisions: [decision(3), decision(2), decision(1)] });
    const read = parseHistory(raw.slice(0, raw.lastIndexOf('{') + 10));
    expect(read.problem).toBe('corrupted');
    expect(read.decisions.map((d) => d.title)).toEqual(['Situation 3', 'Situation 2']);
  });

  it('drops entries that are not ours (bad verdict, path, language, date) and keeps the rest', () => {
    const raw = JSON.stringify({
      format: 1,
      decisions: [decision(1), decision(2, { verdict: 'maybe' as never }), decision(3, { answers: ['../x'] }), decision(4, { lang: 'de' as never }), decision(5, { date: 'yesterday' }), 'x', null],
    });
    const read = parseHistory(raw);
    expect(read).toEqual({ decisions: [decision(1)], problem: 'corrupted' });
  });

  it('keeps the newest entries of an oversized history', () => {
    const many = Array.from({ length: MAX_DECISIONS + 20 }, (_, i) => decision(i));
    const read = parseHistory(JSON.stringify({ format: 1, decisions: many }));
    expect(read.problem).toBe('oversized');
    expect(read.decisions).toHaveLength(MAX_DECISIONS);
    expect(read.decisions[0]!.title).toBe(`Situation ${MAX_DECISIONS + 19}`);
  });

  it('never throws, whatever the key holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 3 })), (raw) => {
        const read = parseHistory(raw);
        expect(Array.isArray(read.decisions)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('says storage is unavailable, and writing fails without throwing, when it is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(readHistory()).toEqual({ decisions: [], problem: 'unavailable' });
    expect(recordDecision(decision(1))).toBe('failed');
  });

  it('keeps the newest half when storage is full', () => {
    for (let i = 0; i < 10; i++) recordDecision(decision(i), new Date(Date.UTC(2026, 0, 1, 0, i)));
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (value.length > 1500) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    expect(recordDecision(decision(10), new Date(Date.UTC(2026, 0, 1, 0, 10)))).toBe('kept');
    const kept = readHistory().decisions;
    expect(kept[0]!.title).toBe('Situation 10');
    expect(kept.length).toBeLessThan(11);
  });
});

describe('not keeping answers (a shared computer)', () => {
  const { date: _date, ...reached } = decision(1);
  const titles = () => readHistory().decisions.map((d) => d.title);

  it('« Ne plus garder mes réponses »: nothing new is written until « Garder de nouveau », and what was kept stays', () => {
    expect(recordDecision(decision(2))).toBe('kept');
    expect(isHistoryOff()).toBe(false);
    expect(setHistoryOff(true)).toBe(true);
    expect(isHistoryOff()).toBe(true);
    const before = localStorage.getItem(HISTORY_KEY);
    expect(recordDecision(reached)).toBe('off');
    expect(localStorage.getItem(HISTORY_KEY)).toBe(before);
    expect(titles()).toEqual(['Situation 2']);
    // The choice lasts: it is read again from storage, not from memory.
    expect(localStorage.getItem(HISTORY_OFF_KEY)).not.toBeNull();
    expect(setHistoryOff(false)).toBe(true);
    expect(localStorage.getItem(HISTORY_OFF_KEY)).toBeNull();
    expect(recordDecision(reached)).toBe('kept');
    expect(titles()).toEqual(['Situation 1', 'Situation 2']);
  });

  it('a damaged choice keeps history off (only « Ne plus garder » writes the key)', () => {
    for (const value of ['', 'x', '{"broken', 'null', 'true']) {
      localStorage.setItem(HISTORY_OFF_KEY, value);
      expect(isHistoryOff(), JSON.stringify(value)).toBe(true);
      expect(recordDecision(reached)).toBe('off');
    }
    expect(localStorage.getItem(HISTORY_KEY)).toBeNull();
  });

  it('« Ne pas garder cette réponse » removes it, and reaching it again in this tab does not keep it, until « Garder cette réponse »', () => {
    recordDecision(decision(2));
    expect(recordDecision(reached)).toBe('kept');
    expect(declineDecision(reached)).toBe(true);
    expect(titles()).toEqual(['Situation 2']);
    expect(recordDecision(reached)).toBe('declined');
    expect(titles()).toEqual(['Situation 2']);
    // Remembered for the tab (sessionStorage), not in the history.
    expect(sessionStorage.getItem(DECLINED_KEY)).toContain(decisionKey(reached));
    expect(localStorage.getItem(HISTORY_KEY)).not.toContain('Situation 1');
    expect(keepDecision(reached)).toBe('kept');
    expect(titles()).toEqual(['Situation 1', 'Situation 2']);
    expect(recordDecision(reached)).toBe('kept');
  });

  it('remembers what was declined in memory when sessionStorage is damaged or blocked', () => {
    sessionStorage.setItem(DECLINED_KEY, '{"broken');
    recordDecision(reached);
    expect(declineDecision(reached)).toBe(true);
    sessionStorage.setItem(DECLINED_KEY, 'garbage');
    expect(recordDecision(reached)).toBe('declined');
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (this === sessionStorage) throw new DOMException('blocked', 'SecurityError');
      return getItem.call(this, key);
    });
    expect(recordDecision(reached)).toBe('declined');
    expect(titles()).toEqual([]);
  });

  it('says what failed, without throwing, when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(isHistoryOff()).toBe(false);
    expect(setHistoryOff(true)).toBe(false);
    expect(setHistoryOff(false)).toBe(false);
    expect(recordDecision(reached)).toBe('failed');
    expect(declineDecision(reached)).toBe(false);
  });
});

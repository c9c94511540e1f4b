import { expect, it } from 'vitest';
import { findScenario } from '../../machines/index';
import type { Verdict } from '../../src/engine/model';
import { walk } from '../../src/engine/walk';

export interface ExpectedEnding {
  answers: string[];
  state: string;
  verdict: Verdict;
}

/** One test per row of a scenario's catalogue table: these answers end here, with this verdict. */
export function expectEndings(id: string, rows: ExpectedEnding[]) {
  for (const row of rows) {
    it(`${row.answers.join(' → ') || '(no question)'} ends on ${row.state} (${row.verdict})`, async () => {
      const entry = findScenario(id);
      expect(entry, `scenario ${id} is registered`).toBeDefined();
      const position = walk((await entry!.load()).default, row.answers);
      expect(position.kind).toBe('ending');
      if (position.kind !== 'ending') return;
      expect(position.state).toBe(row.state);
      expect(position.meta.verdict).toBe(row.verdict);
    });
  }
}

import { expect, it } from 'vitest';
import { findScenario } from '../../machines/index';
import type { Verdict } from '../../engine/model';
import { endingPaths } from '../../engine/paths';
import { walk } from '../../engine/walk';

export interface ExpectedEnding {
  answers: string[];
  state: string;
  verdict: Verdict;
  /** Whom the ending says to ask (a contact id of the organisation). */
  contact: string;
}

const load = async (id: string) => {
  const entry = findScenario(id);
  expect(entry, `scenario ${id} is registered`).toBeDefined();
  return (await entry!.load()).default;
};

/**
 * One test per row of a scenario's catalogue table: these answers end here, with this
 * verdict and this contact; and the table pins every path of the machine, no more, no less.
 */
export function expectEndings(id: string, rows: ExpectedEnding[]) {
  for (const row of rows) {
    it(`${row.answers.join(' → ') || '(no question)'} ends on ${row.state} (${row.verdict}, ${row.contact})`, async () => {
      const position = walk(await load(id), row.answers);
      expect(position.kind).toBe('ending');
      if (position.kind !== 'ending') return;
      expect(position.state).toBe(row.state);
      expect(position.meta.verdict).toBe(row.verdict);
      expect(position.meta.contact).toBe(row.contact);
    });
  }
  it('lists every path of the machine', async () => {
    const paths = endingPaths(await load(id)).map((answers) => answers.join('.'));
    expect(rows.map((r) => r.answers.join('.')).sort()).toEqual(paths.sort());
  });
}

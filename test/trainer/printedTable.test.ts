import { describe, expect, it } from 'vitest';
import { findScenario } from '../../machines/index';
import { endingPaths } from '../../engine/paths';
import type { ScenarioMachine } from '../../engine/model';
import { walkedEndings } from '../../engine/paths';
import { printedRows, type PathToEnding } from '../../src/trainer/printedTable';

const path = (ending: string, ...steps: [question: string, answer: string][]): PathToEnding => ({
  ending,
  steps: steps.map(([question, answer]) => ({ question, answer })),
});

describe('the printed decision table', () => {
  it('puts on one row the paths that reach the same ending by the same answers but one, given to the same question', () => {
    const rows = printedRows([
      path('oui', ['role', 'Ministre'], ['genreMinistre', 'Travail'], ['cas', 'Promouvoir']),
      path('non', ['role', 'Ministre'], ['genreMinistre', 'Travail'], ['cas', 'Photos']),
      path('oui', ['role', 'Personnel'], ['genreBureau', 'Travail'], ['cas', 'Promouvoir']),
      path('non', ['role', 'Personnel'], ['genreBureau', 'Travail'], ['cas', 'Photos']),
    ]);
    expect(rows.map((row) => row.answers)).toEqual([
      [['Ministre', 'Personnel'], ['Travail'], ['Promouvoir']],
      [['Ministre', 'Personnel'], ['Travail'], ['Photos']],
    ]);
    expect(rows.map((row) => row.paths)).toEqual([2, 2]);
    // The second row repeats the first two steps of the first: printed once, as « … ».
    expect(rows.map((row) => row.shared)).toEqual([0, 2]);
  });

  it('merges rows already merged, when they differ at one step only: « Ministre ou Membre › A ou B › Autre »', () => {
    const rows = printedRows([
      path('autre', ['role', 'Ministre'], ['genreMinistre', 'A'], ['casA', 'Autre']),
      path('autre', ['role', 'Ministre'], ['genreMinistre', 'B'], ['casB', 'Autre']),
      path('autre', ['role', 'Membre'], ['genreBureau', 'A'], ['casA', 'Autre']),
      path('autre', ['role', 'Membre'], ['genreBureau', 'B'], ['casB', 'Autre']),
    ]);
    expect(rows).toEqual([{ ending: 'autre', answers: [['Ministre', 'Membre'], ['A', 'B'], ['Autre']], paths: 4, shared: 0 }]);
    // The answers of a step compare as a set, whatever the order the paths came in.
    const crossed = printedRows([path('e', ['q0', 'a'], ['q1', 'X']), path('e', ['q0', 'b'], ['q1', 'Y']), path('e', ['q0', 'b'], ['q1', 'X']), path('e', ['q0', 'a'], ['q1', 'Y'])]);
    expect(crossed.map((row) => row.paths)).toEqual([4]);
  });

  it('keeps apart paths that end differently, differ at two steps, differ at another step than the row already does, or differ at a step where the question is not the same', () => {
    const rows = printedRows([
      path('a', ['q1', 'Oui'], ['q2', 'Oui']),
      path('b', ['q1', 'Non'], ['q2', 'Oui']), // another ending
      path('a', ['q1', 'Non'], ['q2', 'Non']), // two answers differ
      path('a', ['q1', 'Peut-être'], ['q2', 'Oui']), // merges with the first, at step 1
      path('a', ['q1', 'Oui'], ['q2', 'Sans doute']), // differs at step 2, where the first row is not open
      path('c', ['q1', 'Oui'], ['q3', 'Oui']),
      path('c', ['q1', 'Oui'], ['q4', 'Non']), // the question at the differing step is another
    ]);
    expect(rows.map((row) => [row.ending, row.answers])).toEqual([
      ['a', [['Oui', 'Peut-être'], ['Oui']]],
      ['b', [['Non'], ['Oui']]],
      ['a', [['Non'], ['Non']]],
      ['a', [['Oui'], ['Sans doute']]],
      ['c', [['Oui'], ['Oui']]],
      ['c', [['Oui'], ['Non']]],
    ]);
    // A later row reaching an ending already printed refers to the first row that reaches it.
    expect(rows.map((row) => row.sameAs)).toEqual([undefined, undefined, 1, 1, undefined, 5]);
  });

  it('stands for every path of every scenario exactly once, and halves the largest table', async () => {
    const { scenarios } = await import('../../machines/index');
    const pathsOf = (machine: ScenarioMachine): PathToEnding[] =>
      walkedEndings(machine).map((position) => ({ ending: position.state, steps: position.trail.map((step) => ({ question: step.state, answer: step.answer.event })) }));
    for (const entry of scenarios) {
      const machine = (await entry.load()).default;
      const paths = pathsOf(machine);
      expect(paths.length, `${entry.id}: every path ends`).toBe(endingPaths(machine).length);
      const rows = printedRows(paths);
      expect(rows.reduce((sum, row) => sum + row.paths, 0), entry.id).toBe(paths.length);
      // Each path is one of its row's combinations, and each combination is a path.
      const combinations = rows.flatMap((row) => row.answers.reduce<string[][]>((acc, step) => acc.flatMap((prefix) => step.map((a) => [...prefix, a])), [[]]).map((answers) => `${row.ending}:${answers.join('/')}`));
      expect(combinations.sort(), entry.id).toEqual(paths.map((p) => `${p.ending}:${p.steps.map((s) => s.answer).join('/')}`).sort());
    }
    const paths = pathsOf((await findScenario('on-publier-compte-ministre')!.load()).default);
    expect(paths.length).toBe(45);
    expect(printedRows(paths).length).toBeLessThanOrEqual(22);
  });
});

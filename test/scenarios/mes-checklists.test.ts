// The points to weigh are part of the answer: every point a « mise en situation » of the
// Ontario guidelines lists under « Risques et éléments à prendre en compte » is on every
// ending of the scenario that tells that mise en situation (on-mes<N>-…), in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StepMeta } from '../../engine/model';
import { lookup } from '../../engine/validate';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { policiesDir } from '../../tooling/policies';

/** MES number → the points its « Risques et éléments à prendre en compte » list. */
function misesEnSituation(policy: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const blocks = policy.split(/^Mise en situation (\d+)\s*$/m);
  for (let i = 1; i < blocks.length; i += 2) {
    const list = blocks[i + 1]!.split(/Risques et éléments à prendre en compte\s*:/)[1]?.split(/^Recommandations\s*$/m)[0] ?? '';
    out.set(Number(blocks[i]), list.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('•')));
  }
  return out;
}

const mes = misesEnSituation(readFileSync(join(policiesDir, 'ontario-ministres.txt'), 'utf8'));
const scenarios = (await loadAllScenarios()).filter((s) => /^on-mes\d+-/.test(s.id));

describe('points to weigh of each mise en situation', () => {
  it('the policy has four, each with its points, and each has its scenario', () => {
    expect([...mes.keys()]).toEqual([1, 2, 3, 4]);
    for (const points of mes.values()) expect(points.length).toBeGreaterThan(0);
    expect(scenarios.map((s) => Number(/^on-mes(\d+)-/.exec(s.id)![1])).sort()).toEqual([1, 2, 3, 4]);
  });

  for (const s of scenarios) {
    const points = mes.get(Number(/^on-mes(\d+)-/.exec(s.id)![1]))!;
    it(`${s.id}: every ending lists the ${points.length} points, worded in both languages`, () => {
      const endings = Object.entries(s.machine.root.states).filter(([, n]) => (n.meta as StepMeta | undefined)?.kind === 'ending');
      expect(endings.length).toBeGreaterThan(0);
      for (const [state, node] of endings) {
        const checklist = (node.meta as Extract<StepMeta, { kind: 'ending' }>).checklist ?? [];
        expect(new Set(checklist).size, `${s.id} / ${state}: one item per point of the mise en situation`).toBe(points.length);
        for (const key of checklist) for (const lang of ['fr', 'en']) expect(lookup(s.messages[lang] ?? {}, key), `${state} ${key} (${lang})`).toBeTruthy();
      }
    });
  }
});

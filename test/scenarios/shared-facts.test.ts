import { describe, expect, it } from 'vitest';
import { organisations, scenarios } from '../../machines/index';
import { factListing, factPaths, sharedFactProblems } from '../../engine/facts';
import type { QuestionMeta } from '../../engine/model';
import { lookup } from '../../engine/validate';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { loadSharedFacts } from '../../tooling/shared-facts';

const all = await loadAllScenarios();
const factsByOrg = new Map(await Promise.all(organisations.map(async (o) => [o.id, await loadSharedFacts(o.id)] as const)));

describe.each(organisations.map((o) => o.id))('shared facts of %s', (org) => {
  const facts = factsByOrg.get(org) ?? [];
  const own = all.filter((s) => scenarios.find((e) => e.id === s.id)?.organisation === org);

  it('each fact is asked or given somewhere, and no two scenarios draw different verdicts from the same facts', () => {
    const problems = sharedFactProblems(facts, own);
    const used = new Set(factPaths(own).flatMap((p) => Object.keys(p.facts)));
    for (const fact of facts) if (!used.has(fact.id)) problems.push(`${fact.id}: no scenario asks or gives it`);
    expect(problems).toEqual([]);
  });

  it('a fact is asked in the same words wherever it is asked', () => {
    const wordings = new Map<string, Set<string>>();
    for (const s of own) {
      for (const node of Object.values(s.machine.root.states)) {
        const meta = node.meta as QuestionMeta | undefined;
        if (meta?.kind !== 'question' || !meta.fact) continue;
        for (const [lang, messages] of Object.entries(s.messages)) {
          const words = [meta.question, ...meta.options.map((o) => o.label)].map((k) => lookup(messages, k)).join(' | ');
          const key = `${meta.fact} (${lang})`;
          wordings.set(key, (wordings.get(key) ?? new Set()).add(words));
        }
      }
    }
    for (const [key, set] of wordings) expect([...set], key).toHaveLength(1);
  });

  // The listing itself, one line per fact and value, so a policy owner can read it in the test output.
  const listing = factListing(facts, factPaths(own));
  for (const [fact, values] of Object.entries(listing)) {
    for (const [value, byScenario] of Object.entries(values)) {
      const line = Object.entries(byScenario).map(([id, verdicts]) => `${id}: ${verdicts.join(', ')}`).join(' · ') || '(no path)';
      it(`${fact} = ${value} → ${line}`, () => expect(Object.keys(byScenario).length).toBeGreaterThan(0));
    }
  }
});

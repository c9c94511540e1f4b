import { getSimplePaths } from '@xstate/graph';
import { afterAll, describe, expect, it } from 'vitest';
import type { StepMeta } from '../../engine/model';
import { lookup } from '../../engine/validate';
import { endingPaths } from '../../engine/paths';
import { walk } from '../../engine/walk';
import { loadAllScenarios } from '../../tooling/load-scenarios';

const all = await loadAllScenarios();
let pathsTested = 0;

/** Every answer event any question of the machine offers. */
function answerEvents(machine: (typeof all)[number]['machine']) {
  const events = new Set<string>();
  for (const node of Object.values(machine.root.states)) {
    const meta = node.meta as StepMeta | undefined;
    if (meta?.kind === 'question') meta.options.forEach((o) => events.add(o.event));
  }
  return [...events].map((type) => ({ type }));
}

describe.each(all)('$id: every path of the statechart', ({ id, machine, messages }) => {
  const paths = getSimplePaths(machine, {
    events: answerEvents(machine),
    serializeState: (s) => JSON.stringify(s.value),
  }).filter((p) => p.state.status === 'done');
  // The first step of every path is XState's own init event, not an answer.
  const answersOf = (p: (typeof paths)[number]) => p.steps.map((s) => s.event.type).filter((t) => !t.startsWith('xstate.'));

  it("agrees with the engine's own path list (used by the browser tests)", () => {
    expect(new Set(endingPaths(machine).map((a) => a.join('.')))).toEqual(new Set(paths.map((p) => answersOf(p).join('.'))));
  });

  it('reaches every final state of the machine', () => {
    const finals = Object.entries(machine.root.states).filter(([, n]) => n.type === 'final').map(([k]) => k);
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(new Set(finals));
  });

  it.each(paths.map((p) => [answersOf(p).join(' → ') || '(no question)', p] as const))('%s: a fully cited ending', (_name, path) => {
    pathsTested++;
    const answers = answersOf(path);
    const position = walk(machine, answers);
    expect(position.kind).toBe('ending');
    if (position.kind !== 'ending') return;
    expect(position.state).toBe(path.state.value);
    const { meta } = position;
    expect(meta.citation.document).toBe(id.split('-')[0]);
    expect(meta.citation.sections.length).toBeGreaterThan(0);
    for (const [lang, texts] of Object.entries(messages)) {
      for (const key of [meta.summary, meta.action, meta.reason, ...meta.citation.sections, ...(meta.checklist ?? [])]) {
        expect(lookup(texts, key), `${id} ${lang} ${key}`).toBeDefined();
      }
      // No alternative text: the policy gives none beyond whom to ask (the same in every language).
      const withAlternative = Object.values(messages).map((other) => lookup(other, meta.alternative) !== undefined);
      expect(lookup(texts, meta.alternative) !== undefined, `${id} ${lang} ${meta.alternative}`).toBe(withAlternative[0]);
      for (const step of position.trail) expect(lookup(texts, step.answer.label), `${id} ${lang} ${step.answer.label}`).toBeDefined();
    }
  });
});

afterAll(() => {
  console.log(`Model-based test: ${pathsTested} paths tested across ${all.length} scenarios.`);
});

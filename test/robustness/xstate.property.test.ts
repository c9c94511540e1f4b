import fc from 'fast-check';
import { initialTransition, transition, type AnyMachineSnapshot, type EventObject } from 'xstate';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../machines/index';
import type { StepMeta } from '../../engine/model';
import { transitionsOf } from '../../engine/graph';
import { answerFor, initialState, junkString } from './arbitraries';

const RUNS = 200;
const machines = await Promise.all(scenarios.map(async (entry) => ({ id: entry.id, machine: (await entry.load()).default })));

/**
 * `'*'` is excluded on purpose: XState refuses it by design (« An event cannot have the
 * wildcard type »). The app never sends it: `walk` sends only events a question offers, and
 * the validator requires them to match /^[a-z0-9-]+$/ (see walk.property.test.ts, which
 * checks that `walk` turns '*' into an invalid answer instead of sending it).
 */
const notWildcard = (type: string) => type !== '*';

describe.each(machines)('the raw $id machine with XState pure transitions', ({ machine }) => {
  const states = Object.keys(machine.root.states);
  const type = answerFor(machine).filter(notWildcard);
  const event: fc.Arbitrary<EventObject> = fc.oneof(
    type.map((t) => ({ type: t })),
    fc.record({ type, value: fc.anything({ maxDepth: 2 }) }),
    fc.record({ type, output: junkString, data: fc.constant(Object.create(null) as object) }),
  );

  it('never throws and always stays in one of its own top-level states, as its definition says', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 15 }), (events) => {
        let [snapshot] = initialTransition(machine);
        let expected = initialState(machine);
        expect(snapshot.value).toBe(expected);
        for (const e of events) {
          [snapshot] = transition(machine, snapshot as AnyMachineSnapshot, e);
          // The model: an offered answer moves to its target; anything else changes nothing.
          const meta = machine.root.states[expected]?.meta as StepMeta | undefined;
          if (meta?.kind === 'question' && meta.options.some((o) => o.event === e.type)) expected = transitionsOf(machine, expected).get(e.type)!;
          expect(typeof snapshot.value).toBe('string');
          expect(states).toContain(snapshot.value);
          expect(snapshot.value).toBe(expected);
          expect(snapshot.status).toBe(machine.root.states[expected]!.type === 'final' ? 'done' : 'active');
        }
      }),
      { numRuns: RUNS },
    );
  });
});

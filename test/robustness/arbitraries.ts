import fc from 'fast-check';
import type { ScenarioMachine, StepMeta } from '../../engine/model';
import { initialStateOf, transitionsOf } from '../../engine/graph';

/** Strings that have broken naive lookups, parsers or encoders somewhere before. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '.',
  '..',
  '...',
  'a.b',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'xstate.init',
  'xstate.done.actor.x',
  'ds.*',
  '\u0000',
  '\n',
  '%',
  '%%',
  '%E0%A4%A',
  '%2F',
  '%2E%2E',
  '?r=ds',
  '#x',
  '/',
  '//',
  'DS',
  ' ds',
  'ds ',
  'é',
  'Ça',
  '🙂',
  '👩‍👩‍👧',
  '\u202e',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '{"broken',
  '<script>alert(1)</script>',
] as const;

/** Any junk string: nasty constants, random unicode, very long, dotted. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 4 }), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('.')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '.', '%', '🙂'), fc.integer({ min: 1_000, max: 20_000 })).map(([c, n]) => c.repeat(n)) },
);

/** Every event a machine's question states offer, sorted. */
export function offeredEvents(machine: ScenarioMachine): string[] {
  const events = new Set<string>();
  for (const node of Object.values(machine.root.states)) {
    const meta = node.meta as StepMeta | undefined;
    if (meta?.kind === 'question') meta.options.forEach((o) => events.add(o.event));
  }
  return [...events].sort();
}

/**
 * Answers for a machine: mostly events its questions offer, some junk. A machine whose start
 * is already an ending (eq-suivre-partager) offers none: junk only.
 */
export function answerFor(machine: ScenarioMachine): fc.Arbitrary<string> {
  const events = offeredEvents(machine);
  if (events.length === 0) return junkString;
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...events) }, { weight: 2, arbitrary: junkString });
}

/** The machine's initial state, read from its definition. */
export function initialState(machine: ScenarioMachine): string {
  const key = initialStateOf(machine);
  if (!key) throw new Error(`machine ${machine.id} has no initial state`);
  return key;
}

/**
 * A valid answer list obtained by following the machine's own definition (not `walk`):
 * `choices[i]` picks the option at step i (modulo the option count). Stops at an ending or
 * when the choices run out.
 */
export function followChoices(machine: ScenarioMachine, choices: readonly number[]): { answers: string[]; state: string } {
  let state = initialState(machine);
  const answers: string[] = [];
  for (const choice of choices) {
    const meta = machine.root.states[state]?.meta as StepMeta | undefined;
    if (meta?.kind !== 'question') break;
    const option = meta.options[choice % meta.options.length]!;
    const target = transitionsOf(machine, state).get(option.event);
    if (target === undefined) throw new Error(`${machine.id}/${state}: option ${option.event} leads nowhere`);
    answers.push(option.event);
    state = target;
  }
  return { answers, state };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../machines/index';
import { VERDICTS, type ScenarioMachine } from '../../engine/model';
import { stateMeta, walk, type Position } from '../../engine/walk';
import { answerFor, followChoices, junkString } from './arbitraries';

const RUNS = 200;
const machines = await Promise.all(scenarios.map(async (entry) => ({ id: entry.id, machine: (await entry.load()).default })));

/** Every invariant a position must satisfy, whatever the answers were. */
function checkPosition(machine: ScenarioMachine, answers: readonly string[], position: Position) {
  expect(['question', 'ending', 'invalid']).toContain(position.kind);
  // Each trail step is one answer consumed, in order, with the answers before it.
  position.trail.forEach((step, i) => {
    expect(step.answer.event).toBe(answers[i]);
    expect(step.answersBefore).toEqual(answers.slice(0, i));
    expect(step.question.options.map((o) => o.event)).toContain(step.answer.event);
  });
  switch (position.kind) {
    case 'question':
      expect(position.trail).toHaveLength(answers.length);
      expect(Object.keys(machine.root.states)).toContain(position.state);
      expect(stateMeta(machine, position.state)).toBe(position.meta);
      expect(position.meta.options.length).toBeGreaterThanOrEqual(2);
      break;
    case 'ending': {
      expect(position.trail).toHaveLength(answers.length);
      expect(machine.root.states[position.state]?.type).toBe('final');
      const { verdict, action, alternative, reason, contact, citation } = position.meta;
      expect(VERDICTS).toContain(verdict);
      for (const text of [action, alternative, reason, contact, citation.document]) {
        expect(typeof text).toBe('string');
        expect(text.length).toBeGreaterThan(0);
      }
      expect(citation.sections.length).toBeGreaterThan(0);
      break;
    }
    case 'invalid': {
      expect(position.reason).not.toBe('broken-machine'); // registered machines are all valid
      expect(position.validAnswers).toEqual(answers.slice(0, position.validAnswers.length));
      expect(position.index).toBe(position.validAnswers.length);
      expect(position.index).toBeLessThan(answers.length);
      expect(position.trail).toHaveLength(position.index);
      const prefix = walk(machine, position.validAnswers);
      expect(['question', 'ending']).toContain(prefix.kind);
      if (position.reason === 'after-ending') expect(prefix.kind).toBe('ending');
      if (position.reason === 'unknown-answer') {
        expect(prefix.kind).toBe('question');
        if (prefix.kind === 'question') expect(prefix.meta.options.map((o) => o.event)).not.toContain(answers[position.index]);
      }
      break;
    }
  }
}

describe.each(machines)('walk($id) with any answer list', ({ machine }) => {
  const answer = answerFor(machine);

  it('never throws and always returns a consistent position (random mix of valid and junk answers)', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), (answers) => {
        const frozen = Object.freeze([...answers]);
        checkPosition(machine, frozen, walk(machine, frozen));
      }),
      { numRuns: RUNS },
    );
  });

  it('follows real paths, and points exactly at junk spliced into them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.nat(),
        fc.array(junkString, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (choices, at, junk, splice) => {
          const { answers, state } = followChoices(machine, choices);
          const reached = walk(machine, answers);
          checkPosition(machine, answers, reached);
          expect(reached.kind).not.toBe('invalid');
          if (reached.kind !== 'invalid') expect(reached.state).toBe(state);

          if (!splice) return;
          const index = at % (answers.length + 1);
          const corrupted = [...answers.slice(0, index), ...junk, ...answers.slice(index)];
          const position = walk(machine, corrupted);
          checkPosition(machine, corrupted, position);
          // The first junk answer is the first that does not fit, unless it happens to be a
          // valid answer there (junk may contain e.g. 'oui').
          if (position.kind === 'invalid') expect(position.index).toBeGreaterThanOrEqual(index);
          const prefix = walk(machine, answers.slice(0, index));
          const firstJunkFits = prefix.kind === 'question' && prefix.meta.options.some((o) => o.event === junk[0]);
          if (!firstJunkFits) expect(position).toMatchObject({ kind: 'invalid', index, validAnswers: answers.slice(0, index) });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses the wildcard and XState internal event names as answers', () => {
    for (const answers of [['*'], ['xstate.init'], ['__proto__'], ['constructor'], ['toString'], ['']]) {
      // 'after-ending' for eq-suivre-partager, whose start is already its ending.
      expect(walk(machine, answers)).toMatchObject({ kind: 'invalid', index: 0, validAnswers: [], reason: walk(machine, []).kind === 'ending' ? 'after-ending' : 'unknown-answer' });
    }
  });
});

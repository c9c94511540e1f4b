import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../machines/index';
import { diagramOf } from '../../engine/diagram';
import { VERDICTS, type ScenarioMachine } from '../../engine/model';
import { walk } from '../../engine/walk';
import type { SessionMode } from '../../src/trainer/selection';
import {
  SESSION_STATES,
  casesFor,
  parseSavedSession,
  serialiseSession,
  sessionFitsMachines,
  sessionMachine,
  type SessionEvent,
  type SessionSnapshot,
} from '../../src/trainer/session';

const load = async (id: string) => [id, (await findScenario(id)!.load()).default] as const;
const machines = new Map<string, ScenarioMachine>(
  await Promise.all(['eq-relation-politique', 'eq-suivre-partager', 'eq-publication-politique', 'eq-amitie-coordination'].map(load)),
);

/**
 * The events a trainer can send in a snapshot, as the session page computes them: each answer
 * (with whether it ends the walk), back, forward, a jump to every box of the diagram, the
 * right verdict and a wrong one, reveal, next, start over.
 */
function eventsFor(snapshot: SessionSnapshot): SessionEvent[] {
  const { context } = snapshot;
  const current = context.cases[context.index];
  const machine = current ? machines.get(current.scenario)! : undefined;
  const ends = (answers: string[]) => (machine ? walk(machine, answers).kind === 'ending' : false);
  const events: SessionEvent[] = [{ type: 'START' }, { type: 'BACK' }, { type: 'NEXT' }, { type: 'REVEAL' }, { type: 'RESTART' }];
  events.push({ type: 'FORWARD', ends: ends([...context.answers, ...context.redo.slice(0, 1)]) });
  if (!machine) return events;
  const position = walk(machine, context.answers);
  if (position.kind === 'question') {
    for (const o of position.meta.options) events.push({ type: 'ANSWER', answer: o.event, ends: ends([...context.answers, o.event]) });
  }
  for (const answers of Object.values(diagramOf(machine).pathTo)) events.push({ type: 'JUMP', answers, ends: ends(answers) });
  if (position.kind === 'ending') {
    const wrong = VERDICTS.find((v) => v !== position.meta.verdict)!;
    events.push({ type: 'GUESS', verdict: position.meta.verdict }, { type: 'GUESS', verdict: wrong });
  }
  return events;
}

const serializeState = (s: SessionSnapshot) => JSON.stringify([s.value, s.context]);

function sessionInput(mode: SessionMode, ids: string[]) {
  return { mode, ids, cases: casesFor(mode, ids.map((id) => ({ id, machine: machines.get(id)! }))) };
}

describe.each([
  ['presentation', ['eq-relation-politique', 'eq-suivre-partager']],
  ['quiz', ['eq-publication-politique', 'eq-amitie-coordination']],
] as const)('the training session (%s of %j), over its paths', (mode, ids) => {
  const input = sessionInput(mode, [...ids]);
  const paths = getShortestPaths(sessionMachine, { input, events: eventsFor, serializeState });
  const snapshots = paths.map((p) => p.state);

  it('reaches every state: choose, present, guess, reveal, summary', () => {
    expect(new Set(snapshots.map((s) => s.value))).toEqual(new Set(SESSION_STATES));
    expect(paths.length).toBeGreaterThan(10);
  });

  it('stands where each state says, in every reachable snapshot', () => {
    for (const { value, context } of snapshots) {
      const current = context.cases[context.index]!;
      const position = walk(machines.get(current.scenario)!, context.answers);
      expect(position.kind).not.toBe('invalid');
      if (mode === 'quiz' && value !== 'choose' && value !== 'summary') expect(context.answers).toEqual(current.answers);
      if (value === 'present' && mode === 'presentation') expect(position.kind).toBe('question');
      if (value === 'guess' || value === 'reveal') expect(position.kind).toBe('ending');
      if (value === 'reveal' && mode === 'quiz') expect(context.guesses[context.index]).not.toBeNull();
      if (value === 'reveal') expect(context.walked[context.index]).toEqual(context.answers);
      if (value === 'summary') {
        expect(context.walked.every((w, i) => w !== null && walk(machines.get(context.cases[i]!.scenario)!, w).kind === 'ending')).toBe(true);
      }
    }
  });

  it('walks every case to its summary: each simple path to the summary reveals every case once', () => {
    const toSummary = getSimplePaths(sessionMachine, {
      input,
      // Forward only (back, jumps, start over and a second guess would make the paths endless): every
      // answer, a right or a wrong guess (or none, while presenting), reveal, next.
      events: (s) =>
        eventsFor(s).filter(
          (e) => ['START', 'ANSWER', 'FORWARD', 'REVEAL', 'NEXT'].includes(e.type) || (e.type === 'GUESS' && s.context.guesses[s.context.index] === null),
        ),
      serializeState,
      toState: (s) => s.value === 'summary',
      limit: 20_000,
    }).filter((p) => p.state.value === 'summary');
    expect(toSummary.length).toBeGreaterThan(0);
    for (const path of toSummary) {
      expect(path.steps.filter((s) => s.event.type === 'REVEAL').length).toBe(input.cases.length);
      expect(path.state.context.walked.every((w) => w !== null)).toBe(true);
    }
  });

  it('saves and resumes every reachable snapshot as it was', () => {
    for (const snapshot of snapshots) {
      const saved = parseSavedSession(serialiseSession(snapshot), (id) => machines.has(id));
      expect(saved).not.toBe('corrupted');
      if (typeof saved !== 'object') continue;
      expect(sessionFitsMachines(saved, machines)).toBe(true);
      const resumed = sessionMachine.resolveState(saved);
      expect([resumed.value, resumed.context]).toEqual([snapshot.value, snapshot.context]);
    }
  });
});

describe('a saved session that cannot be trusted', () => {
  const input = sessionInput('quiz', ['eq-publication-politique']);
  const good = JSON.parse(serialiseSession({ value: 'guess', context: { ...sessionMachine.resolveState({ value: 'guess', context: { ...input, index: 0, answers: input.cases[0]!.answers!, redo: [], guesses: [null, null], walked: [null, null] } }).context } }));
  const known = (id: string) => machines.has(id);
  const variants: [string, string][] = [
    ['not JSON', '{"format":1,'],
    ['another format', JSON.stringify({ ...good, format: 99 })],
    ['an unknown state', JSON.stringify({ ...good, value: 'dancing' })],
    ['an unknown scenario', JSON.stringify({ ...good, context: { ...good.context, ids: ['nope'] } })],
    ['an index out of range', JSON.stringify({ ...good, context: { ...good.context, index: 7 } })],
    ['a guess that is no verdict', JSON.stringify({ ...good, context: { ...good.context, guesses: ['maybe', null] } })],
    ['guesses not one per case', JSON.stringify({ ...good, context: { ...good.context, guesses: [null] } })],
    ['a number', '42'],
  ];

  it('the good one reads back', () => {
    const saved = parseSavedSession(JSON.stringify(good), known);
    expect(typeof saved).toBe('object');
    expect(sessionFitsMachines(saved as Exclude<typeof saved, 'corrupted' | undefined>, machines)).toBe(true);
  });

  it.each(variants)('%s is corrupted', (_name, raw) => {
    expect(parseSavedSession(raw, known)).toBe('corrupted');
  });

  it('answers that no longer fit the scenario do not fit', () => {
    const saved = parseSavedSession(JSON.stringify({ ...good, context: { ...good.context, answers: ['nope'] } }), known);
    expect(typeof saved).toBe('object');
    expect(sessionFitsMachines(saved as Exclude<typeof saved, 'corrupted' | undefined>, machines)).toBe(false);
  });

  it('nothing saved is no session, not a corrupted one', () => {
    expect(parseSavedSession(null, known)).toBeUndefined();
  });
});

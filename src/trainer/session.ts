import { assign, setup, type SnapshotFrom } from 'xstate';
import { VERDICTS, type ScenarioMachine, type Verdict } from '../../engine/model';
import { endingPaths } from '../../engine/paths';
import { walk } from '../../engine/walk';
import type { SessionMode } from './selection';

/**
 * A training session as a statechart: choose → present → guess → reveal → next case (or
 * summary). It knows cases and answers, not scenarios: the page tells it, with each answer,
 * whether that answer reaches an ending (`ends`), and computes verdicts from the machines.
 *
 * A case is a scenario the trainer walks with the room (presentation: `answers` null, the
 * trainer picks each answer) or one path of a scenario whose answers are the facts of the
 * situation (quiz). At the ending the room's guess among the seven verdicts is recorded
 * (required in a quiz, optional in a presentation), then the policy's answer is revealed.
 */
export interface Case {
  scenario: string;
  /** The facts of a quiz case; null when the trainer walks the scenario (presentation). */
  answers: string[] | null;
  /** The scenario asks no question: a presentation goes straight to its ending. */
  startsAtEnding: boolean;
}

export interface SessionContext {
  mode: SessionMode;
  /** The scenarios chosen, in the registry's order. */
  ids: string[];
  cases: Case[];
  /** The case under way. */
  index: number;
  /** The answers given so far in this case (a quiz case: its facts). */
  answers: string[];
  /** Answers taken back with « Retour », replayed by « Suivant » (presentation). */
  redo: string[];
  /** The room's guess for each case, null until recorded. */
  guesses: (Verdict | null)[];
  /** The answers each case ended on, once revealed (null until then). */
  walked: (string[] | null)[];
}

export type SessionEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; answer: string; ends: boolean }
  | { type: 'BACK' }
  | { type: 'FORWARD'; ends: boolean }
  | { type: 'JUMP'; answers: string[]; ends: boolean }
  | { type: 'GUESS'; verdict: Verdict }
  | { type: 'REVEAL' }
  | { type: 'NEXT' }
  | { type: 'RESTART' };

export interface SessionInput {
  mode: SessionMode;
  ids: string[];
  cases: Case[];
}

const startAnswers = (c: Case | undefined) => (c?.answers ? [...c.answers] : []);

/** A fresh start of the same cases: nothing guessed, nothing revealed. */
const fresh = (context: Pick<SessionContext, 'mode' | 'ids' | 'cases'>): SessionContext => ({
  mode: context.mode,
  ids: context.ids,
  cases: context.cases,
  index: 0,
  answers: startAnswers(context.cases[0]),
  redo: [],
  guesses: context.cases.map(() => null),
  walked: context.cases.map(() => null),
});

export const SESSION_STATES = ['choose', 'present', 'guess', 'reveal', 'summary'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  guards: {
    hasCases: ({ context }) => context.cases.length > 0,
    presenting: ({ context }) => context.mode === 'presentation',
    quiz: ({ context }) => context.mode === 'quiz',
    opensOnEnding: ({ context }) => context.mode === 'presentation' && context.cases[context.index]?.startsAtEnding === true,
    answerEnds: ({ context, event }) => context.mode === 'presentation' && 'ends' in event && event.ends,
    canGoBack: ({ context }) => context.mode === 'presentation' && context.answers.length > 0,
    canRedo: ({ context }) => context.mode === 'presentation' && context.redo.length > 0,
    redoEnds: ({ context, event }) => context.mode === 'presentation' && context.redo.length > 0 && event.type === 'FORWARD' && event.ends,
    mayReveal: ({ context }) => context.mode === 'presentation' || context.guesses[context.index] != null,
    hasNextCase: ({ context }) => context.index + 1 < context.cases.length,
  },
  actions: {
    restart: assign(({ context }) => fresh(context)),
    answer: assign(({ context, event }) => (event.type === 'ANSWER' ? { answers: [...context.answers, event.answer], redo: [] } : {})),
    jump: assign(({ event }) => (event.type === 'JUMP' ? { answers: [...event.answers], redo: [] } : {})),
    back: assign(({ context }) => ({ answers: context.answers.slice(0, -1), redo: [context.answers.at(-1)!, ...context.redo] })),
    redo: assign(({ context }) => ({ answers: [...context.answers, context.redo[0]!], redo: context.redo.slice(1) })),
    guess: assign(({ context, event }) =>
      event.type === 'GUESS' ? { guesses: context.guesses.map((g, i) => (i === context.index ? event.verdict : g)) } : {},
    ),
    record: assign(({ context }) => ({ walked: context.walked.map((w, i) => (i === context.index ? [...context.answers] : w)) })),
    nextCase: assign(({ context }) => ({ index: context.index + 1, answers: startAnswers(context.cases[context.index + 1]), redo: [] })),
  },
}).createMachine({
  id: 'training-session',
  initial: 'choose',
  context: ({ input }) => fresh(input),
  on: {
    RESTART: { target: '.choose', actions: 'restart' },
  },
  states: {
    choose: {
      on: { START: { guard: 'hasCases', target: 'present', actions: 'restart' } },
    },
    present: {
      always: { guard: 'opensOnEnding', target: 'guess' },
      on: {
        ANSWER: [
          { guard: 'answerEnds', target: 'guess', actions: 'answer' },
          { guard: 'presenting', actions: 'answer' },
        ],
        JUMP: [
          { guard: 'answerEnds', target: 'guess', actions: 'jump' },
          { guard: 'presenting', actions: 'jump' },
        ],
        BACK: { guard: 'canGoBack', actions: 'back' },
        FORWARD: [
          { guard: 'quiz', target: 'guess' },
          { guard: 'redoEnds', target: 'guess', actions: 'redo' },
          { guard: 'canRedo', actions: 'redo' },
        ],
      },
    },
    guess: {
      on: {
        GUESS: { actions: 'guess' },
        REVEAL: { guard: 'mayReveal', target: 'reveal', actions: 'record' },
        BACK: [
          { guard: 'quiz', target: 'present' },
          { guard: 'canGoBack', target: 'present', actions: 'back' },
        ],
        JUMP: [
          { guard: 'answerEnds', actions: 'jump' },
          { guard: 'presenting', target: 'present', actions: 'jump' },
        ],
      },
    },
    reveal: {
      on: {
        NEXT: [{ guard: 'hasNextCase', target: 'present', actions: 'nextCase' }, { target: 'summary' }],
        BACK: { target: 'guess' },
      },
    },
    summary: {},
  },
});

export type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;

/** The cases of a session: one per scenario (presentation), or one per path to an ending of each (quiz). */
export function casesFor(mode: SessionMode, scenarios: { id: string; machine: ScenarioMachine }[]): Case[] {
  return scenarios.flatMap(({ id, machine }): Case[] =>
    mode === 'quiz'
      ? endingPaths(machine).map((answers) => ({ scenario: id, answers, startsAtEnding: answers.length === 0 }))
      : [{ scenario: id, answers: null, startsAtEnding: walk(machine, []).kind === 'ending' }],
  );
}

// Saving to sessionStorage: the state and the context, checked field by field on the way back.

export const SESSION_STORAGE_KEY = 'guide-training-session';
const FORMAT = 1;

export interface SavedSession {
  value: SessionState;
  context: SessionContext;
}

export function serialiseSession(snapshot: Pick<SessionSnapshot, 'value' | 'context'>): string {
  return JSON.stringify({ format: FORMAT, value: snapshot.value, context: snapshot.context });
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isVerdict = (v: unknown): v is Verdict => typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);

/**
 * Reads a saved session: `undefined` when there is none, `'corrupted'` when there is one that
 * cannot be trusted (not JSON, another format, a field of the wrong shape or out of range).
 * `known` says which scenario ids exist; whether the answers fit each scenario is for the
 * caller to check with the machines (`sessionFitsMachines`).
 */
export function parseSavedSession(raw: string | null, known: (id: string) => boolean): SavedSession | 'corrupted' | undefined {
  if (raw === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'corrupted';
  }
  if (typeof data !== 'object' || data === null) return 'corrupted';
  const { format, value, context } = data as Record<string, unknown>;
  if (format !== FORMAT || !(SESSION_STATES as readonly unknown[]).includes(value)) return 'corrupted';
  if (typeof context !== 'object' || context === null) return 'corrupted';
  const c = context as Record<string, unknown>;
  const cases = c.cases;
  if (c.mode !== 'quiz' && c.mode !== 'presentation') return 'corrupted';
  if (!isStringArray(c.ids) || !c.ids.every(known)) return 'corrupted';
  if (
    !Array.isArray(cases) ||
    !cases.every(
      (k: unknown) =>
        typeof k === 'object' &&
        k !== null &&
        typeof (k as Case).scenario === 'string' &&
        known((k as Case).scenario) &&
        ((k as Case).answers === null || isStringArray((k as Case).answers)) &&
        typeof (k as Case).startsAtEnding === 'boolean',
    )
  )
    return 'corrupted';
  if (typeof c.index !== 'number' || !Number.isInteger(c.index) || c.index < 0 || c.index >= Math.max(1, cases.length)) return 'corrupted';
  if (!isStringArray(c.answers) || !isStringArray(c.redo)) return 'corrupted';
  if (!Array.isArray(c.guesses) || c.guesses.length !== cases.length || !c.guesses.every((g) => g === null || isVerdict(g))) return 'corrupted';
  if (!Array.isArray(c.walked) || c.walked.length !== cases.length || !c.walked.every((w) => w === null || isStringArray(w))) return 'corrupted';
  if (value !== 'choose' && cases.length === 0) return 'corrupted';
  return { value: value as SessionState, context: context as SessionContext };
}

/**
 * Whether a saved session agrees with the scenarios as they are now: each case's facts and
 * each revealed walk reach an ending, the current answers stand where the state says
 * (a question while presenting, an ending from the guess on).
 */
export function sessionFitsMachines(saved: SavedSession, machines: ReadonlyMap<string, ScenarioMachine>): boolean {
  const { context, value } = saved;
  const ends = (id: string, answers: string[]) => {
    const machine = machines.get(id);
    return machine !== undefined && walk(machine, answers).kind === 'ending';
  };
  for (const [i, c] of context.cases.entries()) {
    if (c.answers && !ends(c.scenario, c.answers)) return false;
    const walked = context.walked[i];
    if (walked && !ends(c.scenario, walked)) return false;
  }
  const current = context.cases[context.index];
  if (!current || value === 'choose' || value === 'summary') return true;
  const machine = machines.get(current.scenario);
  if (!machine) return false;
  const position = walk(machine, context.answers);
  if (position.kind === 'invalid') return false;
  if (current.answers && context.answers.join('/') !== current.answers.join('/')) return false;
  if (value === 'present') return current.answers !== null || position.kind === 'question';
  return position.kind === 'ending';
}

import { initialStateOf, transitionsOf } from './graph';
import type { EndingMeta, QuestionMeta, ScenarioMachine, StepMeta, AnswerOption } from './model';

/** One answered question on the way to the current step. */
export interface TrailStep {
  state: string;
  question: QuestionMeta;
  answer: AnswerOption;
  /** Answers up to, not including, this one: the link to change this answer. */
  answersBefore: string[];
}

export type Position =
  | { kind: 'question'; state: string; meta: QuestionMeta; trail: TrailStep[] }
  | { kind: 'ending'; state: string; meta: EndingMeta; trail: TrailStep[] }
  | {
      kind: 'invalid';
      /** The longest valid prefix of the answers, to offer as a way forward. */
      validAnswers: string[];
      /** Index of the first answer that does not fit. */
      index: number;
      reason: 'unknown-answer' | 'after-ending' | 'broken-machine';
      trail: TrailStep[];
    };

/** The meta of a top-level state, read from the machine's own definition. */
export function stateMeta(machine: ScenarioMachine, state: string): StepMeta | undefined {
  return machine.root.states[state]?.meta as StepMeta | undefined;
}

/**
 * Where a user stands after giving `answers` (event names, in order): a question to
 * answer, an ending, or the point where the answers stop fitting the machine. Pure: it
 * never throws for any answer list.
 */
export function walk(machine: ScenarioMachine, answers: readonly string[]): Position {
  // A flat machine (validate.ts) without guards or actions: each answer is one transition of
  // its state's `on`, read directly (the same steps as XState's own transition function, which
  // test/robustness/xstate.property.test.ts compares; the browser then needs no XState).
  let state = initialStateOf(machine);
  const trail: TrailStep[] = [];
  for (let index = 0; ; index++) {
    const meta = state === undefined ? undefined : stateMeta(machine, state);
    const answersSoFar = answers.slice(0, index);
    if (state === undefined || meta === undefined) {
      return { kind: 'invalid', validAnswers: answersSoFar.slice(0, -1), index: Math.max(0, index - 1), reason: 'broken-machine', trail };
    }
    if (meta.kind === 'ending') {
      if (index < answers.length) return { kind: 'invalid', validAnswers: answersSoFar, index, reason: 'after-ending', trail };
      return { kind: 'ending', state, meta, trail };
    }
    if (index >= answers.length) return { kind: 'question', state, meta, trail };
    const answer = meta.options.find((o) => o.event === answers[index]);
    if (!answer) return { kind: 'invalid', validAnswers: answersSoFar, index, reason: 'unknown-answer', trail };
    trail.push({ state, question: meta, answer, answersBefore: answersSoFar });
    state = transitionsOf(machine, state).get(answer.event);
  }
}

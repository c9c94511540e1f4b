import { initialStateOf, transitionsOf } from './graph';
import type { ScenarioMachine, StepMeta } from './model';
import { walk, type Position } from './walk';

/**
 * Every path from the start to an ending, as the answers that lead there, in question
 * order (depth first). Assumes a valid machine (flat, no loop): see validate.ts.
 */
export function endingPaths(machine: ScenarioMachine): string[][] {
  const states = machine.root.states;
  const start = initialStateOf(machine);
  if (!start) return [];
  const paths: string[][] = [];
  const visit = (state: string, answers: string[], seen: Set<string>) => {
    const node = states[state];
    if (!node || seen.has(state)) return;
    if (node.type === 'final') {
      paths.push(answers);
      return;
    }
    const meta = node.meta as StepMeta | undefined;
    if (meta?.kind !== 'question') return;
    for (const option of meta.options) {
      const target = transitionsOf(machine, state).get(option.event);
      if (target) visit(target, [...answers, option.event], new Set(seen).add(state));
    }
  };
  visit(start, [], new Set());
  return paths;
}

/**
 * Every reachable step (each question and each ending, once per way of reaching it), as
 * the answers that lead there: the first question is `[]`. These are the scenario's pages.
 */
export function stepPaths(machine: ScenarioMachine): string[][] {
  const seen = new Set<string>();
  const steps: string[][] = [];
  for (const path of endingPaths(machine)) {
    for (let length = 0; length <= path.length; length++) {
      const prefix = path.slice(0, length);
      const key = JSON.stringify(prefix);
      if (!seen.has(key)) {
        seen.add(key);
        steps.push(prefix);
      }
    }
  }
  return steps;
}

export type EndingPosition = Extract<Position, { kind: 'ending' }>;

/** Every path to an ending (`endingPaths`, depth first), walked: where it ends and the answers on the way. */
export function walkedEndings(machine: ScenarioMachine): EndingPosition[] {
  return endingPaths(machine)
    .map((answers) => walk(machine, answers))
    .filter((position): position is EndingPosition => position.kind === 'ending');
}

/** Each ending once, by the first path to it (`endingPaths` order): its state and the answers. */
export function firstPathToEachEnding(machine: ScenarioMachine): { state: string; answers: string[] }[] {
  const byState = new Map<string, string[]>();
  for (const position of walkedEndings(machine)) {
    if (!byState.has(position.state)) byState.set(position.state, position.trail.map((step) => step.answer.event));
  }
  return [...byState].map(([state, answers]) => ({ state, answers }));
}

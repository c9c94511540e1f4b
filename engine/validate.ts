import { initialStateOf, transitionsOf } from './graph';
import { VERDICTS, type EndingMeta, type ScenarioMachine, type StepMeta } from './model';

export interface Problem {
  scenario: string;
  state: string;
  message: string;
}

/** A scenario's texts per language: the parsed `machines/<id>.<lang>.json`. */
export type Messages = Record<string, unknown>;

export interface ScenarioUnderTest<M extends ScenarioMachine = ScenarioMachine> {
  id: string;
  machine: M;
  messages: Record<string, Messages>;
  /** Contact ids the scenario's organisation defines. */
  contacts: readonly string[];
  /** Organisation id the scenario's citations must name. */
  document: string;
}

export function formatProblem(p: Problem): string {
  return `${p.scenario} / ${p.state}: ${p.message}`;
}

/** The string at a dotted key, or undefined; a list of non-empty strings also counts. */
export function lookup(messages: Messages, key: string): string | string[] | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string' && node.trim() !== '') return node;
  if (Array.isArray(node) && node.length > 0 && node.every((s) => typeof s === 'string' && s.trim() !== '')) return node as string[];
  return undefined;
}

function endingKeys(meta: EndingMeta): string[] {
  return [meta.summary, meta.action, meta.reason, ...meta.citation.sections, ...(meta.checklist ?? [])];
}

/** Everything that makes a scenario unusable or uncited, one problem per line. */
export function validateScenario(s: ScenarioUnderTest): Problem[] {
  const problems: Problem[] = [];
  const report = (state: string, message: string) => problems.push({ scenario: s.id, state, message });
  const root = s.machine.root;
  const states = Object.keys(root.states);
  const usedKeys = new Map<string, string>(); // key -> state that uses it
  const markUsed = (state: string, key: string | undefined) => key && usedKeys.set(key, state);

  markUsed('(scenario)', 'title');
  markUsed('(scenario)', 'keywords');

  for (const state of states) {
    const node = root.states[state]!;
    if (Object.keys(node.states).length > 0) report(state, 'nested states are not supported: keep scenario machines flat');
    const meta = node.meta as StepMeta | undefined;
    const isFinal = node.type === 'final';
    const transitions = transitionsOf(s.machine, state);

    if (isFinal) {
      if (!meta || meta.kind !== 'ending') {
        report(state, 'final state has no ending in its meta');
        continue;
      }
      if (!(VERDICTS as readonly string[]).includes(meta.verdict)) report(state, `unknown verdict "${meta.verdict}"`);
      for (const field of ['summary', 'action', 'alternative', 'reason', 'contact'] as const) {
        if (!meta[field]) report(state, `ending has no ${field}`);
      }
      if (!Array.isArray(meta.quotes) || meta.quotes.length === 0) report(state, "ending quotes none of the policy's own words");
      else {
        for (const quote of meta.quotes) {
          if (!quote.text?.trim()) report(state, `quote from "${quote.section}" is empty`);
          if (!meta.citation?.sections.includes(quote.section)) report(state, `quote from "${quote.section}", a section the ending does not cite`);
        }
      }
      if (!meta.citation || meta.citation.sections.length === 0) report(state, 'ending cites no section');
      else if (meta.citation.document !== s.document) report(state, `ending cites document "${meta.citation.document}", not "${s.document}"`);
      if (meta.contact && !s.contacts.includes(meta.contact)) report(state, `contact "${meta.contact}" is not one of the organisation's contacts`);
      endingKeys(meta).forEach((k) => markUsed(state, k));
      // No alternative text means the policy gives none beyond whom to ask: the same in every language.
      const withAlternative = Object.keys(s.messages).filter((lang) => lookup(s.messages[lang]!, meta.alternative) !== undefined);
      if (withAlternative.length > 0 && withAlternative.length < Object.keys(s.messages).length) {
        report(state, `alternative "${meta.alternative}" in ${withAlternative.join(', ')} only: give it in every language or in none`);
      }
      continue;
    }

    if (!meta || meta.kind !== 'question') {
      report(state, 'state is neither a final ending nor a question');
      continue;
    }
    if (meta.options.length < 2) report(state, `question has ${meta.options.length} option(s); at least 2 are needed`);
    markUsed(state, meta.question);
    markUsed(state, meta.hint);
    for (const option of meta.options) {
      markUsed(state, option.label);
      if (!transitions.has(option.event)) report(state, `option "${option.event}" has no transition`);
      else if (transitions.get(option.event) === undefined) report(state, `option "${option.event}" leads nowhere`);
    }
    for (const event of transitions.keys()) {
      if (!meta.options.some((o) => o.event === event)) report(state, `transition "${event}" is not offered as an option`);
      if (!/^[a-z0-9-]+$/.test(event)) report(state, `answer "${event}" must be lowercase letters, digits or dashes (it appears in links)`);
    }
  }

  checkGraph(s, report);

  for (const [lang, messages] of Object.entries(s.messages)) {
    for (const [key, state] of usedKeys) {
      if (lookup(messages, key) === undefined) report(state, `missing text "${key}" in ${lang}`);
    }
  }
  return problems;
}

/** Every state reachable from the start, and every reachable state able to reach an ending. */
function checkGraph(s: ScenarioUnderTest, report: (state: string, message: string) => void) {
  const root = s.machine.root;
  const initial = initialStateOf(s.machine);
  if (!initial) {
    report('(machine)', 'machine has no initial state');
    return;
  }
  const reachable = new Set<string>([initial]);
  const queue = [initial];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const target of transitionsOf(s.machine, state).values()) {
      if (target && !reachable.has(target)) {
        reachable.add(target);
        queue.push(target);
      }
    }
  }
  for (const state of Object.keys(root.states)) {
    if (!reachable.has(state)) report(state, 'state is unreachable from the start');
  }
  // A state can finish if it is final or leads to a state that can; repeat to a fixed point.
  const canFinish = new Set(Object.keys(root.states).filter((st) => root.states[st]!.type === 'final'));
  let grew = true;
  while (grew) {
    grew = false;
    for (const state of reachable) {
      if (canFinish.has(state)) continue;
      if ([...transitionsOf(s.machine, state).values()].some((t) => t !== undefined && canFinish.has(t))) {
        canFinish.add(state);
        grew = true;
      }
    }
  }
  for (const state of reachable) {
    if (!canFinish.has(state)) report(state, 'no path from this state reaches an ending');
  }
  if (hasCycle(s.machine, initial)) report('(machine)', 'the questions loop: a path can go on forever');
}

function hasCycle(machine: ScenarioMachine, start: string): boolean {
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (state: string): boolean => {
    if (onPath.has(state)) return true;
    if (done.has(state)) return false;
    onPath.add(state);
    for (const t of transitionsOf(machine, state).values()) if (t && visit(t)) return true;
    onPath.delete(state);
    done.add(state);
    return false;
  };
  return visit(start);
}

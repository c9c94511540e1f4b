import type { ScenarioMachine, SharedFact, Verdict } from './model';
import { walkedEndings, type EndingPosition } from './paths';

/** One scenario of an organisation, as the shared-facts check reads it. */
export interface FactScenario {
  id: string;
  machine: ScenarioMachine;
}

/** One path to an ending and the shared facts settled on it (asked on the way, or given by the ending). */
export interface FactPath {
  scenario: string;
  answers: string[];
  state: string;
  verdict: Verdict;
  facts: Record<string, string>;
}

/** fact id → value → scenario id → the verdicts of the paths on which the fact has that value. */
export type FactListing = Record<string, Record<string, Record<string, Verdict[]>>>;

const normalise = (text: string) => text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function factsOf(position: EndingPosition): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const step of position.trail) if (step.question.fact) facts[step.question.fact] = step.answer.event;
  return { ...facts, ...position.meta.given };
}

export function factPaths(scenarios: FactScenario[]): FactPath[] {
  return scenarios.flatMap((s) =>
    walkedEndings(s.machine).map((p) => ({
      scenario: s.id,
      answers: p.trail.map((step) => step.answer.event),
      state: p.state,
      verdict: p.meta.verdict,
      facts: factsOf(p),
    })),
  );
}

/** Per shared fact and value, the verdicts each scenario gives (only scenarios that settle the fact). */
export function factListing(facts: readonly SharedFact[], paths: FactPath[]): FactListing {
  const listing: FactListing = {};
  for (const fact of facts) {
    const byValue: FactListing[string] = (listing[fact.id] = {});
    for (const value of fact.values) byValue[value] = {};
    for (const path of paths) {
      const value = path.facts[fact.id];
      if (value === undefined || !byValue[value]) continue;
      const verdicts = (byValue[value]![path.scenario] ??= []);
      if (!verdicts.includes(path.verdict)) verdicts.push(path.verdict);
    }
  }
  return listing;
}

/**
 * What breaks « one situation, one answer » among one organisation's scenarios, one line each:
 * - a question or an ending naming a fact the organisation does not define, or a value it does not have;
 * - an ending quoting the passage a fact rests on, reached by a path that never settles that fact
 *   (the user is left to apply the rule alone, where another scenario asks);
 * - two paths, in one scenario or two, that settle the same facts to the same settling values
 *   (`SharedFact.decisive`) and end on different verdicts.
 */
export function sharedFactProblems(facts: readonly SharedFact[], scenarios: FactScenario[]): string[] {
  const problems: string[] = [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  const paths = factPaths(scenarios);

  for (const s of scenarios) {
    for (const [state, node] of Object.entries(s.machine.root.states)) {
      const meta = node.meta as { kind?: string; fact?: string; options?: { event: string }[] } | undefined;
      if (meta?.kind !== 'question' || !meta.fact) continue;
      const fact = byId.get(meta.fact);
      if (!fact) problems.push(`${s.id} / ${state}: asks "${meta.fact}", which is not one of the organisation's shared facts`);
      else if (meta.options?.map((o) => o.event).join() !== fact.values.join())
        problems.push(`${s.id} / ${state}: asks "${fact.id}" with other answers than the fact's (${fact.values.join(', ')})`);
    }
  }

  for (const path of paths) {
    const where = `${path.scenario} / ${path.state} (${path.answers.join(' → ') || 'no question'})`;
    for (const [id, value] of Object.entries(path.facts)) {
      const fact = byId.get(id);
      if (!fact) problems.push(`${where}: settles "${id}", which is not one of the organisation's shared facts`);
      else if (!fact.values.includes(value)) problems.push(`${where}: gives "${id}" the value "${value}", not one of ${fact.values.join(', ')}`);
    }
  }

  const scenarioById = new Map(scenarios.map((s) => [s.id, s]));
  for (const path of paths) {
    const meta = scenarioById.get(path.scenario)!.machine.root.states[path.state]!.meta as { quotes: { text: string }[] };
    const quoted = meta.quotes.map((q) => normalise(q.text));
    for (const fact of facts) {
      if (path.facts[fact.id] !== undefined) continue;
      if (fact.restsOn.some((text) => quoted.some((q) => q.includes(normalise(text)))))
        problems.push(
          `${path.scenario} / ${path.state} (${path.answers.join(' → ') || 'no question'}): quotes the rule "${fact.id}" rests on, but its path never settles that fact (ask it, or give it)`,
        );
    }
  }

  // Contradictions: paths that settle the same facts to the same settling values (and agree on
  // the facts those decide with, where both settle them), with two verdicts.
  const settling = paths
    .map((path) => {
      const decisive = facts.filter((f) => f.decisive?.includes(path.facts[f.id] ?? ''));
      const key = decisive.map((f) => `${f.id}=${path.facts[f.id]}`).join(', ');
      const withIds = [...new Set(decisive.flatMap((f) => f.settlesWith ?? []))];
      return { path, key, with: Object.fromEntries(withIds.filter((id) => path.facts[id] !== undefined).map((id) => [id, path.facts[id]!])) };
    })
    .filter((s) => s.key);
  const reported = new Set<string>();
  for (const a of settling) {
    for (const b of settling) {
      if (a.key !== b.key || a.path.verdict === b.path.verdict) continue;
      if (Object.entries(a.with).some(([id, value]) => b.with[id] !== undefined && b.with[id] !== value)) continue;
      const [x, y] = [a, b].sort((p, q) => (p.path.verdict < q.path.verdict ? -1 : 1));
      const line = `${a.key}${Object.keys({ ...a.with, ...b.with }).length ? ` (with ${Object.entries({ ...x!.with, ...y!.with }).map(([id, v]) => `${id}=${v}`).join(', ')})` : ''} settles the answer, yet leads to ${x!.path.verdict} (${x!.path.scenario} / ${x!.path.state}) and to ${y!.path.verdict} (${y!.path.scenario} / ${y!.path.state})`;
      if (!reported.has(line)) {
        reported.add(line);
        problems.push(line);
      }
    }
  }
  return problems;
}

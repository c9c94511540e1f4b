import { initialStateOf, transitionsOf } from './graph';
import { endingPaths } from './paths';
import type { ScenarioMachine, StepMeta, Verdict } from './model';

/**
 * A scenario's flow as a graph, read from its machine (no layout, no screen): one node per
 * question and per ending, one edge per answer, labelled with the answer's text key.
 * Trainers show it to a room (src/trainer/); a test checks it against the machine.
 */
export type DiagramNode =
  | { id: string; kind: 'question'; /** i18n key in the scenario's namespace */ label: string }
  | { id: string; kind: 'ending'; verdict: Verdict; /** i18n key of the short answer */ summary: string };

export interface DiagramEdge {
  /** `<from>:<event>`: unique, since a question offers each answer once. */
  id: string;
  from: string;
  to: string;
  /** The answer's machine event. */
  event: string;
  /** i18n key of the answer's label, in the scenario's namespace. */
  label: string;
}

export interface Diagram {
  start: string | undefined;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** For each node, the answers of the first path (depth first) that reaches it: where « jump there » goes. */
  pathTo: Record<string, string[]>;
}

/** Nodes in the order the machine declares its states; edges in each question's answer order. */
export function diagramOf(machine: ScenarioMachine): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  for (const [id, node] of Object.entries(machine.root.states)) {
    const meta = node.meta as StepMeta | undefined;
    if (meta?.kind === 'ending') {
      nodes.push({ id, kind: 'ending', verdict: meta.verdict, summary: meta.summary });
      continue;
    }
    if (meta?.kind !== 'question') continue;
    nodes.push({ id, kind: 'question', label: meta.question });
    const targets = transitionsOf(machine, id);
    for (const option of meta.options) {
      const to = targets.get(option.event);
      if (to !== undefined) edges.push({ id: `${id}:${option.event}`, from: id, to, event: option.event, label: option.label });
    }
  }
  const start = initialStateOf(machine);
  const pathTo: Record<string, string[]> = {};
  if (start !== undefined) pathTo[start] = [];
  for (const answers of endingPaths(machine)) {
    let state = start;
    answers.forEach((answer, i) => {
      state = state === undefined ? undefined : transitionsOf(machine, state).get(answer);
      if (state !== undefined && !(state in pathTo)) pathTo[state] = answers.slice(0, i + 1);
    });
  }
  return { start, nodes, edges, pathTo };
}

/** The states a walk visits, from the start, and the edges it takes: the path to light. */
export function litPath(diagram: Diagram, answers: readonly string[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let state = diagram.start;
  if (state === undefined) return { nodes, edges };
  nodes.add(state);
  for (const answer of answers) {
    const edge = diagram.edges.find((e) => e.from === state && e.event === answer);
    if (!edge) break;
    edges.add(edge.id);
    nodes.add(edge.to);
    state = edge.to;
  }
  return { nodes, edges };
}

/** The diagram as a tree from the start, for a nested list: each answer leads to a question or an ending. */
export interface DiagramTree {
  node: DiagramNode;
  /** The answers that reach this node along this branch. */
  answers: string[];
  /** Answers of a question, each with the subtree it leads to; a node already shown higher up on this branch is not repeated. */
  children: { edge: DiagramEdge; subtree: DiagramTree }[];
}

export function diagramTree(diagram: Diagram): DiagramTree | undefined {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const build = (id: string, answers: string[], seen: Set<string>): DiagramTree | undefined => {
    const node = byId.get(id);
    if (!node || seen.has(id)) return undefined;
    const next = new Set(seen).add(id);
    const children = diagram.edges
      .filter((e) => e.from === id)
      .flatMap((edge) => {
        const subtree = build(edge.to, [...answers, edge.event], next);
        return subtree ? [{ edge, subtree }] : [];
      });
    return { node, answers, children };
  };
  return diagram.start === undefined ? undefined : build(diagram.start, [], new Set());
}

import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { readCommon } from '../../tooling/decision-tables';
import { diagramOf, diagramTree, litPath, type DiagramTree } from '../../engine/diagram';
import { endingPaths } from '../../engine/paths';
import { lookup } from '../../engine/validate';
import { DiagramSvg } from '../../src/trainer/Diagram';
import { layoutDiagram } from '../../tooling/diagram-layout';

const all = await loadAllScenarios();
const common = readCommon('fr');

/** The machine's own states and transitions, read from XState's definition (not through the engine). */
function machineGraph(machine: (typeof all)[number]['machine']) {
  const states = Object.entries(machine.root.states).map(([id, node]) => ({ id, final: node.type === 'final' }));
  const transitions = Object.entries(machine.root.states).flatMap(([from, node]) =>
    Object.entries(node.on).flatMap(([event, definitions]) => definitions.flatMap((d) => (d.target ?? []).map((target) => `${from} -${event}-> ${target.key}`))),
  );
  return { states, transitions };
}

describe.each(all)('$id: the diagram is the machine', ({ id, machine, messages }) => {
  const diagram = diagramOf(machine);
  const { states, transitions } = machineGraph(machine);
  const text = (key: string) => String(lookup(messages.fr!, key) ?? `MISSING ${key}`);
  const placed = layoutDiagram(diagram, { scenario: text, verdict: (v) => String(lookup(common, `ending.verdict.${v}`)) });

  it('has one box per state, questions as questions and final states as endings (none missing, none extra)', () => {
    expect(diagram.nodes.map((n) => n.id).sort()).toEqual(states.map((s) => s.id).sort());
    for (const state of states) expect(diagram.nodes.find((n) => n.id === state.id)?.kind).toBe(state.final ? 'ending' : 'question');
    expect(diagram.start).toBe(machine.config.initial);
  });

  it('has one arrow per transition, labelled with its answer (none missing, none extra)', () => {
    expect(diagram.edges.map((e) => `${e.from} -${e.event}-> ${e.to}`).sort()).toEqual([...transitions].sort());
    for (const edge of diagram.edges) expect(text(edge.label)).not.toMatch(/^MISSING/);
  });

  it('marks each ending with its verdict word', () => {
    for (const node of placed.nodes.filter((n) => n.kind === 'ending')) {
      expect(node.lines.join(' ')).toBe(lookup(common, `ending.verdict.${node.verdict}`));
    }
  });

  it('is laid out: every box and arrow placed inside the picture', () => {
    expect(placed.nodes.map((n) => n.id).sort()).toEqual(states.map((s) => s.id).sort());
    for (const n of placed.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(placed.width);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(placed.height);
    }
    expect(placed.edges.length).toBe(transitions.length);
    for (const e of placed.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });

  it('draws the same boxes and arrows in its SVG', () => {
    const { container } = render(createElement(DiagramSvg, { diagram, placed, title: id }));
    const drawnNodes = [...container.querySelectorAll('[data-node]')].map((g) => g.getAttribute('data-node'));
    const drawnEdges = [...container.querySelectorAll('[data-edge]')].map((g) => g.getAttribute('data-edge'));
    expect(drawnNodes.sort()).toEqual(states.map((s) => s.id).sort());
    expect(drawnEdges.length).toBe(transitions.length);
    expect(new Set(drawnEdges)).toEqual(new Set(diagram.edges.map((e) => e.id)));
  });

  it('lists every path to an ending in its nested list, and lights each path', () => {
    const leaves: string[] = [];
    const visit = (tree: DiagramTree) => (tree.children.length === 0 ? leaves.push(tree.answers.join('.')) : tree.children.forEach((c) => visit(c.subtree)));
    visit(diagramTree(diagram)!);
    const paths = endingPaths(machine);
    expect(leaves.sort()).toEqual(paths.map((p) => p.join('.')).sort());
    for (const answers of paths) {
      const lit = litPath(diagram, answers);
      expect(lit.edges.size).toBe(answers.length);
      expect(lit.nodes.size).toBe(answers.length + 1);
    }
  });
});

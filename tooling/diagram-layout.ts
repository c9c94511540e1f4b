// Build time: lays each scenario's diagram out with dagre, once per language, so that the
// browser downloads positions (`virtual:diagram-layout/<lang>/<id>`, tooling/vite/text-modules.ts)
// and never a layout library. Text widths are estimated from character counts, never measured.
// dagre orders and places the boxes and labels (with fewer crossings: ./diagram-order.ts); the
// arrows are then drawn again clear of every label but their own (./diagram-routes.ts), which
// test/trainer/diagram-labels.test.ts checks with ./diagram-geometry.ts.
import * as dagre from '@dagrejs/dagre';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { diagramOf, type Diagram } from '../engine/diagram.ts';
import type { ScenarioMachine, Verdict } from '../engine/model.ts';
import { lookup, type Messages } from '../engine/validate.ts';
import { CHAR_EM, DIAGRAM_TEXT, wrap, type PlacedDiagram } from '../src/trainer/layout.ts';
import { commonTexts, scenarioTextFiles } from './machine-files.ts';
import { orderWithFewerCrossings } from './diagram-order.ts';
import { routeArrows } from './diagram-routes.ts';

export interface DiagramTexts {
  /** A text of the scenario's namespace (question, answer label). */
  scenario: (key: string) => string;
  /** The verdict's word, e.g. « Non ». */
  verdict: (verdict: Verdict) => string;
  /** What an ending says while its verdict is hidden (« Réponse ? »): its box is made wide enough for either. */
  hiddenVerdict?: string;
}

const textBox = (lines: string[], style: { size: number; lineHeight: number }, padding: number) => ({
  width: Math.ceil(Math.max(...lines.map((l) => l.length)) * style.size * CHAR_EM) + 2 * padding,
  height: lines.length * style.lineHeight + 2 * padding,
});


/** Lays a diagram out with dagre. */
export function layoutDiagram(diagram: Diagram, texts: DiagramTexts): PlacedDiagram {
  const { padding } = DIAGRAM_TEXT;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 30, edgesep: 12, marginx: 6, marginy: 6 });
  const lines = new Map<string, string[]>();
  for (const node of diagram.nodes) {
    const style = node.kind === 'question' ? DIAGRAM_TEXT.question : DIAGRAM_TEXT.ending;
    const text = node.kind === 'question' ? texts.scenario(node.label) : texts.verdict(node.verdict);
    const nodeLines = wrap(text, style.maxChars);
    lines.set(node.id, nodeLines);
    const box = textBox(nodeLines, style, padding);
    if (node.kind === 'ending') {
      // A pill: its round ends need room beyond the text, and the hidden label must fit too.
      const hidden = texts.hiddenVerdict ? textBox(wrap(texts.hiddenVerdict, style.maxChars), style, padding) : box;
      box.width = Math.max(box.width, hidden.width) + box.height / 2;
      box.height = Math.max(box.height, hidden.height);
    }
    g.setNode(node.id, box);
  }
  for (const edge of diagram.edges) {
    const edgeLines = wrap(texts.scenario(edge.label), DIAGRAM_TEXT.edge.maxChars);
    lines.set(edge.id, edgeLines);
    g.setEdge(edge.from, edge.to, { ...textBox(edgeLines, DIAGRAM_TEXT.edge, 4), labelpos: 'c' }, edge.id);
  }
  dagre.layout(g, { customOrder: orderWithFewerCrossings });

  const placed: PlacedDiagram = {
    width: Math.ceil(g.graph().width ?? 0),
    height: Math.ceil(g.graph().height ?? 0),
    nodes: diagram.nodes.map((node) => {
      const n = g.node(node.id);
      return {
        id: node.id,
        kind: node.kind,
        ...(node.kind === 'ending' ? { verdict: node.verdict } : {}),
        x: n.x ?? 0,
        y: n.y ?? 0,
        width: n.width,
        height: n.height,
        lines: lines.get(node.id)!,
      };
    }),
    edges: diagram.edges.map((edge) => {
      const e = g.edge(edge.from, edge.to, edge.id) as dagre.EdgeLabel;
      return {
        id: edge.id,
        from: edge.from,
        to: edge.to,
        event: edge.event,
        points: e.points ?? [],
        label: { x: e.x ?? 0, y: e.y ?? 0, width: e.width ?? 0, height: e.height ?? 0, lines: lines.get(edge.id)! },
      };
    }),
  };
  return routeArrows(placed);
}

const readJson = (file: string, watch: (file: string) => void) => {
  watch(file);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
};

/** One scenario's diagram in one language, laid out (the machine is read with tsx: it is TypeScript). */
export async function scenarioLayout(id: string, lang: string, watch: (file: string) => void = () => {}): Promise<PlacedDiagram> {
  const file = scenarioTextFiles(lang).find((f) => f.name === id);
  if (!file) throw new Error(`diagram-layout: no scenario ${id}`);
  const machineFile = file.file.replace(`.${lang}.json`, '.ts');
  watch(machineFile);
  const { tsImport } = await import('tsx/esm/api');
  const machine = ((await tsImport(pathToFileURL(machineFile).href, import.meta.url)) as { default: ScenarioMachine }).default;
  return layoutScenario(machine, id, lang, watch);
}

/** One scenario's diagram in one language, its machine already loaded: its texts are read here. */
export function layoutScenario(machine: ScenarioMachine, id: string, lang: string, watch: (file: string) => void = () => {}): PlacedDiagram {
  const file = scenarioTextFiles(lang).find((f) => f.name === id);
  if (!file) throw new Error(`diagram-layout: no scenario ${id}`);
  const texts = readJson(file.file, watch);
  const { texts: common, files } = commonTexts(lang);
  files.forEach(watch);
  const say = (messages: Messages, key: string) => String(lookup(messages, key) ?? key);
  return layoutDiagram(diagramOf(machine), {
    scenario: (key) => say(texts, key),
    verdict: (v) => say(common as Messages, `ending.verdict.${v}`),
    hiddenVerdict: say(common as Messages, 'trainer.diagram.hidden'),
  });
}

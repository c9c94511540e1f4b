import type * as Dagre from '@dagrejs/dagre';
import type { Diagram } from '../../engine/diagram';
import type { Verdict } from '../../engine/model';

/**
 * A diagram placed on a page by dagre (layered layout, top to bottom): boxes with their text
 * already broken into lines, arrows as point lists with their labels' boxes. Text widths are
 * estimated from character counts, never measured, so the server (prerendering) and the
 * browser lay out the same picture and the SVG hydrates as is.
 */
export interface PlacedNode {
  id: string;
  kind: 'question' | 'ending';
  verdict?: Verdict;
  /** Centre and size, in the SVG's units. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  event: string;
  points: { x: number; y: number }[];
  label: { x: number; y: number; width: number; height: number; lines: string[] };
}

export interface PlacedDiagram {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const DIAGRAM_TEXT = {
  /**
   * Font sizes in SVG units. On screen the SVG is drawn at its own size (one unit, one CSS
   * pixel; a larger diagram scrolls in its box), so every text is at least 18 px: readable on a
   * projector at 1280×720 from the back of a room. Printed, it is scaled to the sheet.
   */
  question: { size: 20, lineHeight: 25, maxChars: 24 },
  ending: { size: 22, lineHeight: 27, maxChars: 16 },
  edge: { size: 18, lineHeight: 22, maxChars: 22 },
  padding: 12,
};
/** Average advance of a character of the system sans-serif, in ems (a slight overestimate). */
const CHAR_EM = 0.56;

/** Breaks a text into lines of at most `maxChars` characters, at spaces (a longer word stands alone). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const textBox = (lines: string[], style: { size: number; lineHeight: number }, padding: number) => ({
  width: Math.ceil(Math.max(...lines.map((l) => l.length)) * style.size * CHAR_EM) + 2 * padding,
  height: lines.length * style.lineHeight + 2 * padding,
});

export interface DiagramTexts {
  /** A text of the scenario's namespace (question, answer label). */
  scenario: (key: string) => string;
  /** The verdict's word, e.g. « Non ». */
  verdict: (verdict: Verdict) => string;
  /** What an ending says while its verdict is hidden (« Réponse ? »): its box is made wide enough for either. */
  hiddenVerdict?: string;
}

/**
 * Lays a diagram out with dagre. Marks `diagram-layout` with the User Timing API, so the
 * bench reads how long it took in Chromium (`performance.getEntriesByName`).
 */
export function layoutDiagram(dagre: typeof Dagre, diagram: Diagram, texts: DiagramTexts): PlacedDiagram {
  const started = performance.now();
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
  dagre.layout(g);

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
      const e = g.edge(edge.from, edge.to, edge.id) as Dagre.EdgeLabel;
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
  if (typeof performance.measure === 'function') performance.measure('diagram-layout', { start: started, end: performance.now() });
  return placed;
}

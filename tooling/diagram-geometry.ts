// Whether a laid-out diagram can be misread: each answer's label must sit on its own arrow,
// clearly nearer to it than to any other arrow or box, and no arrow may pass under a label.
// The shapes are those src/trainer/Diagram.tsx draws: each arrow a polyline through its
// points ending in a 14-unit arrowhead, each label a white box, each node a box. The printed
// sheet draws the same SVG scaled evenly to its width, so what holds here holds on paper.
import type { PlacedDiagram, PlacedEdge, PlacedNode } from '../src/trainer/layout.ts';

export interface Point {
  x: number;
  y: number;
}
export type Segment = [Point, Point];
/** An axis-aligned box by its sides. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far a label may be from its own arrow: it sits on it. */
export const TOUCH = 2;
/** How much farther than its own arrow every other arrow, label and box must be from a label. */
export const CLEARANCE = 8;

/** The marker of Diagram.tsx: 14 units, its tip 1.4 beyond the path's end, 7 either side of it. */
const ARROW = { back: 12.6, ahead: 1.4, halfWidth: 7 };

export const boxOf = (c: { x: number; y: number; width: number; height: number }): Box => ({
  left: c.x - c.width / 2,
  top: c.y - c.height / 2,
  right: c.x + c.width / 2,
  bottom: c.y + c.height / 2,
});

const inside = (p: Point, b: Box) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;

export const pointToSegment = (p: Point, [a, b]: Segment) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross, each passing from one side of the other to the other side. */
export const segmentsCross = ([a, b]: Segment, [c, d]: Segment) => {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
};

const corners = (b: Box): Point[] => [
  { x: b.left, y: b.top },
  { x: b.right, y: b.top },
  { x: b.right, y: b.bottom },
  { x: b.left, y: b.bottom },
];

const sides = (b: Box): Segment[] => {
  const [a, c, d, e] = corners(b) as [Point, Point, Point, Point];
  return [
    [a, c],
    [c, d],
    [d, e],
    [e, a],
  ];
};

/** Whether a segment passes through a box (touching its side counts). */
export function segmentMeetsBox(segment: Segment, box: Box): boolean {
  return inside(segment[0], box) || inside(segment[1], box) || sides(box).some((side) => segmentsCross(segment, side) || pointToSegment(side[0], segment) === 0);
}

/** The distance from a segment to a box: 0 when it passes through it. */
export function segmentToBox(segment: Segment, box: Box): number {
  if (segmentMeetsBox(segment, box)) return 0;
  return Math.min(...segment.map((p) => Math.min(...sides(box).map((side) => pointToSegment(p, side)))), ...corners(box).map((c) => pointToSegment(c, segment)));
}

/** The distance between two boxes: 0 when they overlap. */
export function boxToBox(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

/** The arrow as drawn: its line through its points, and its arrowhead's two sides. */
export function arrowSegments(edge: Pick<PlacedEdge, 'points'>): Segment[] {
  const points = edge.points;
  const line: Segment[] = points.slice(1).map((p, i) => [points[i]!, p]);
  const end = points.at(-1);
  const before = points.at(-2);
  if (!end || !before) return line;
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const tip = { x: end.x + ux * ARROW.ahead, y: end.y + uy * ARROW.ahead };
  const base = { x: end.x - ux * ARROW.back, y: end.y - uy * ARROW.back };
  const left = { x: base.x - uy * ARROW.halfWidth, y: base.y + ux * ARROW.halfWidth };
  const right = { x: base.x + uy * ARROW.halfWidth, y: base.y - ux * ARROW.halfWidth };
  return [...line, [left, tip], [right, tip], [left, right]];
}

/** The distance from a box to an arrow as drawn. */
export const boxToArrow = (box: Box, edge: Pick<PlacedEdge, 'points'>) => Math.min(...arrowSegments(edge).map((s) => segmentToBox(s, box)));

/**
 * What could make a reader take a label for another arrow's, one sentence each (none: the
 * diagram reads one way only). For each answer's label:
 * - it sits on its own arrow (within TOUCH);
 * - every other arrow, label and box is farther from it by CLEARANCE at least (no other arrow
 *   passes under it), but its own arrow's two boxes, which it must only not overlap.
 */
export function labelProblems(diagram: PlacedDiagram): string[] {
  const problems: string[] = [];
  const nodeBox = new Map<string, Box>(diagram.nodes.map((n: PlacedNode) => [n.id, boxOf(n)]));
  for (const edge of diagram.edges) {
    const label = boxOf(edge.label);
    const name = `« ${edge.label.lines.join(' ')} » (${edge.id})`;
    const own = boxToArrow(label, edge);
    if (own > TOUCH) problems.push(`${name} is ${own.toFixed(1)} from its own arrow`);
    const near = own + CLEARANCE;
    for (const other of diagram.edges) {
      if (other === edge) continue;
      const toArrow = boxToArrow(label, other);
      if (toArrow === 0) problems.push(`${name} has the arrow ${other.id} passing under it`);
      else if (toArrow < near) problems.push(`${name} is ${toArrow.toFixed(1)} from the arrow ${other.id}`);
      const toLabel = boxToBox(label, boxOf(other.label));
      if (toLabel < CLEARANCE) problems.push(`${name} is ${toLabel.toFixed(1)} from the label of ${other.id}`);
    }
    for (const [id, box] of nodeBox) {
      const distance = boxToBox(label, box);
      const ownEnd = id === edge.from || id === edge.to;
      if (ownEnd ? distance === 0 : distance < near) problems.push(`${name} is ${distance.toFixed(1)} from the box ${id}${ownEnd ? ', its own arrow’s' : ''}`);
    }
  }
  return problems;
}

// The arrows of a diagram laid out by dagre, drawn again so that none passes under a label or
// a box. dagre places each label on the middle rank of its arrow, but draws the arrow straight
// from box to box, through whatever lies between: a neighbour's tall label, often. Here each
// arrow leaves its question from the bottom (at a port of its own), goes through its label
// from top to bottom, through the ranks it crosses at the places dagre kept free for it, and
// enters its target from the top. Between two of these points it goes straight when that keeps
// CLEAR away from every other label and box, else down, across and down; where no way does (or
// only one too flat to follow), the ranks below are moved down to open the gap: only as far as
// needed, so that the diagram stays as compact as it can on a 1280×720 projector.
import { arrowSegments, boxOf, pointToSegment, segmentsCross, segmentToBox, type Box, type Point, type Segment } from './diagram-geometry.ts';
import type { PlacedDiagram, PlacedEdge, PlacedNode } from '../src/trainer/layout.ts';

/** How far an arrow keeps from every label and box that is not its own. */
const CLEAR = 10;
/** The least distance between two arrows leaving (or entering) one box. */
const PORT_SPACING = 16;
/** How much a gap between ranks is opened each time an arrow finds no way through it, and how often at most. */
const STEP = 6;
const MAX_STEPS = 300;
/**
 * How steep the slanting part of a bent leg must be: it falls by MIN_SLOPE of its width, or by
 * MAX_FALL at least, so that it reads as a slant towards its label (the bent legs of several
 * arrows would otherwise run flat at one height, into one line). A straight leg is dagre's own.
 */
const MIN_SLOPE = 0.2;
const MAX_FALL = 120;
/** Two arrows closer than NEAR over more than ALONG run together: a reader could take one for the other. */
const NEAR = 5;
const ALONG = 24;

/** A point an arrow goes through: a label (entered at its top, left at its bottom) or a bare point of a rank it crosses. */
type Via = { kind: 'label' } | { kind: 'point'; x: number; y: number };

interface Leg {
  from: Point;
  to: Point;
  /** The boxes the leg starts and ends at (none at a bare point): never obstacles to it. */
  start?: Box;
  end?: Box;
  /** Whether it ends the arrow: its head is then part of it. */
  last: boolean;
}

/** A leg already drawn, part of another arrow. */
interface Drawn {
  segment: Segment;
  start?: Box;
  end?: Box;
}

/**
 * Ports on a side of a box, for arrows wanting to go to `wanted` (x, in order): each at its
 * wanted place if the side allows, PORT_SPACING apart at least, else spread evenly along it.
 */
function ports(wanted: number[], low: number, high: number): number[] {
  if (wanted.length === 0) return [];
  if (high - low < (wanted.length - 1) * PORT_SPACING) {
    if (wanted.length === 1 || high <= low) return wanted.map(() => (low + high) / 2);
    return wanted.map((_, i) => low + ((high - low) * i) / (wanted.length - 1));
  }
  const xs = wanted.map((x) => Math.min(high, Math.max(low, x)));
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + PORT_SPACING);
  for (let i = xs.length - 1; i >= 0; i--) xs[i] = Math.min(xs[i]!, (i === xs.length - 1 ? high : xs[i + 1]! - PORT_SPACING));
  return xs;
}

/** Where, along a box's bottom (or top), its arrows may leave (or arrive): off the round ends of an ending. */
const sideOf = (node: PlacedNode) => {
  const inset = node.kind === 'ending' ? node.height / 2 : 12;
  return { low: node.x - node.width / 2 + inset, high: node.x + node.width / 2 - inset };
};

/** The ways a leg may take, best first: straight, else down, across and down at heights that clear the boxes in between. */
function candidates(leg: Leg, boxes: Box[]): Point[][] {
  const { from, to } = leg;
  const downs = [from.y, ...boxes.map((b) => b.bottom + CLEAR).filter((y) => y > from.y && y < to.y)];
  const ups = [to.y, ...boxes.map((b) => b.top - CLEAR).filter((y) => y > from.y && y < to.y)];
  const ways: { cost: number; points: Point[] }[] = [];
  for (const down of new Set(downs)) {
    for (const up of new Set(ups)) {
      const straight = down === from.y && up === to.y;
      if (up < down || (!straight && up - down < Math.min(MAX_FALL, MIN_SLOPE * Math.abs(to.x - from.x)))) continue;
      const points = [from, { x: from.x, y: down }, { x: to.x, y: up }, to].filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y);
      ways.push({ cost: down - from.y + (to.y - up), points });
    }
  }
  return ways.sort((a, b) => a.cost - b.cost).map((w) => w.points);
}

const segmentsOf = (points: Point[]): Segment[] => points.slice(1).map((p, i) => [points[i]!, p]);

/**
 * Whether `s` runs beside `other`, within NEAR over more than ALONG. Arrows that cross are
 * not said to: however flat their crossing, opening a gap would not make it wider.
 */
function runsAlong(s: Segment, other: Segment): boolean {
  if (segmentsCross(s, other)) return false;
  const length = Math.hypot(s[1].x - s[0].x, s[1].y - s[0].y);
  const samples = Math.max(1, Math.ceil(length / 2));
  let run = 0;
  for (let k = 0; k <= samples; k++) {
    const t = k / samples;
    const p = { x: s[0].x + t * (s[1].x - s[0].x), y: s[0].y + t * (s[1].y - s[0].y) };
    run = pointToSegment(p, other) < NEAR ? run + length / samples : 0;
    if (run > ALONG) return true;
  }
  return false;
}

const clearOf = (points: Point[], last: boolean, boxes: Box[], drawn: Segment[]) => {
  const segments = last ? arrowSegments({ points }) : segmentsOf(points);
  return boxes.every((box) => segments.every((s) => segmentToBox(s, box) >= CLEAR)) && segmentsOf(points).every((s) => drawn.every((d) => !runsAlong(s, d)));
};

/**
 * The leg's way, or undefined if none keeps clear of the boxes and does not run along another
 * arrow drawn before it; arrows leaving one box together, or entering one together, may.
 */
function route(leg: Leg, all: Box[], drawn: Drawn[]): Point[] | undefined {
  const near = all.filter(
    (b) =>
      b !== leg.start &&
      b !== leg.end &&
      b.right > Math.min(leg.from.x, leg.to.x) - CLEAR - 8 &&
      b.left < Math.max(leg.from.x, leg.to.x) + CLEAR + 8 &&
      b.bottom > leg.from.y - CLEAR &&
      b.top < leg.to.y + CLEAR,
  );
  const left = Math.min(leg.from.x, leg.to.x) - NEAR;
  const right = Math.max(leg.from.x, leg.to.x) + NEAR;
  const close = drawn
    .filter((d) => !(leg.start && d.start === leg.start) && !(leg.end && d.end === leg.end))
    .map((d) => d.segment)
    .filter(([a, b]) => Math.max(a.x, b.x) > left && Math.min(a.x, b.x) < right && Math.max(a.y, b.y) > leg.from.y - NEAR && Math.min(a.y, b.y) < leg.to.y + NEAR);
  return candidates(leg, near).find((points) => clearOf(points, leg.last, near, close));
}

/** The diagram with its arrows drawn clear of labels and boxes, and taller where a gap had to open. */
export function routeArrows(diagram: PlacedDiagram): PlacedDiagram {
  const nodes = diagram.nodes.map((n) => ({ ...n }));
  const labels = diagram.edges.map((e) => ({ ...e.label }));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  // What each arrow goes through between its two boxes: dagre's points, its label's among them.
  const vias: Via[][] = diagram.edges.map((e) =>
    e.points.slice(1, -1).map((p): Via => (Math.abs(p.x - e.label.x) < 0.5 && Math.abs(p.y - e.label.y) < 0.5 ? { kind: 'label' } : { kind: 'point', x: p.x, y: p.y })),
  );
  const firstX = (i: number) => {
    const via = vias[i]![0];
    return via === undefined ? nodeById.get(diagram.edges[i]!.to)!.x : via.kind === 'label' ? labels[i]!.x : via.x;
  };
  const lastX = (i: number) => {
    const via = vias[i]!.at(-1);
    return via === undefined ? nodeById.get(diagram.edges[i]!.from)!.x : via.kind === 'label' ? labels[i]!.x : via.x;
  };
  // Ports: x never changes below, only heights.
  const exitX = new Map<number, number>();
  const entryX = new Map<number, number>();
  for (const node of nodes) {
    const side = sideOf(node);
    const out = diagram.edges.map((_, i) => i).filter((i) => diagram.edges[i]!.from === node.id).sort((a, b) => firstX(a) - firstX(b));
    ports(out.map(firstX), side.low, side.high).forEach((x, k) => exitX.set(out[k]!, x));
    const into = diagram.edges.map((_, i) => i).filter((i) => diagram.edges[i]!.to === node.id).sort((a, b) => lastX(a) - lastX(b));
    ports(into.map(lastX), side.low, side.high).forEach((x, k) => entryX.set(into[k]!, x));
  }

  let opened = 0;
  for (let step = 0; ; step++) {
    const nodeBoxes = new Map(nodes.map((n) => [n.id, boxOf(n)]));
    const labelBoxes = labels.map(boxOf);
    const all = [...nodeBoxes.values(), ...labelBoxes];
    const routed: Point[][] = [];
    const drawn: Drawn[] = [];
    const blocked = new Set<number>();
    diagram.edges.forEach((edge, i) => {
      const source = nodeBoxes.get(edge.from)!;
      const target = nodeBoxes.get(edge.to)!;
      const label = labelBoxes[i]!;
      // The points the arrow must go through, each as where it arrives and where it leaves.
      const stops: { in: Point; out: Point; box?: Box; y: number }[] = [{ in: { x: exitX.get(i)!, y: source.bottom }, out: { x: exitX.get(i)!, y: source.bottom }, box: source, y: nodeById.get(edge.from)!.y }];
      for (const via of vias[i]!) {
        if (via.kind === 'label') stops.push({ in: { x: labels[i]!.x, y: label.top }, out: { x: labels[i]!.x, y: label.bottom }, box: label, y: labels[i]!.y });
        else stops.push({ in: { x: via.x, y: via.y }, out: { x: via.x, y: via.y }, y: via.y });
      }
      stops.push({ in: { x: entryX.get(i)!, y: target.top }, out: { x: entryX.get(i)!, y: target.top }, box: target, y: nodeById.get(edge.to)!.y });
      const points: Point[] = [stops[0]!.out];
      const legs: Drawn[] = [];
      for (let k = 1; k < stops.length; k++) {
        const a = stops[k - 1]!;
        const b = stops[k]!;
        const leg: Leg = { from: a.out, to: b.in, start: a.box, end: b.box, last: k === stops.length - 1 };
        const way = route(leg, all, drawn);
        if (!way) blocked.add(b.y);
        const through = way ?? [a.out, b.in];
        legs.push(...segmentsOf(through).map((segment) => ({ segment, start: a.box, end: b.box })));
        points.push(...through.slice(1), b.out);
      }
      routed.push(points.filter((p, k) => k === 0 || p.x !== points[k - 1]!.x || p.y !== points[k - 1]!.y));
      drawn.push(...legs);
    });
    // Past MAX_STEPS, the blocked legs stay straight (test/trainer/diagram-labels.test.ts would say so).
    if (blocked.size === 0 || step === MAX_STEPS) {
      return {
        width: diagram.width,
        height: diagram.height + opened,
        nodes,
        edges: diagram.edges.map((e, i): PlacedEdge => ({ ...e, points: routed[i]!, label: labels[i]! })),
      };
    }
    // Open the gap above each rank some arrow could not reach: that rank and all below move down.
    for (const y of [...blocked].sort((a, b) => b - a)) {
      const move = (thing: { y: number }) => {
        if (thing.y >= y - 0.5) thing.y += STEP;
      };
      nodes.forEach(move);
      labels.forEach(move);
      vias.forEach((list) => list.forEach((via) => via.kind === 'point' && move(via)));
      opened += STEP;
    }
  }
}

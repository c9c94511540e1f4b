import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { diagramOf } from '../../engine/diagram';
import { DiagramSvg } from '../../src/trainer/Diagram';
import { boxToArrow, boxToBox, labelProblems, segmentMeetsBox, segmentToBox, type Box } from '../../tooling/diagram-geometry';
import { layoutScenario } from '../../tooling/diagram-layout';
import { routeArrows } from '../../tooling/diagram-routes';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { LANGUAGES } from '../../src/i18n/languages';
import { DIAGRAM_TEXT, type PlacedDiagram } from '../../src/trainer/layout';
import { textWidth } from '../../src/trainer/printText';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('the geometry of a drawn diagram', () => {
  it('measures a segment against a box: 0 through it, the nearest gap beside it', () => {
    const b = box(0, 0, 10, 10);
    expect(segmentMeetsBox([{ x: -5, y: 5 }, { x: 15, y: 5 }], b)).toBe(true); // across
    expect(segmentMeetsBox([{ x: 2, y: 2 }, { x: 3, y: 3 }], b)).toBe(true); // inside
    expect(segmentMeetsBox([{ x: -5, y: 20 }, { x: 20, y: -5 }], b)).toBe(true); // across a corner
    expect(segmentToBox([{ x: -5, y: 14 }, { x: 15, y: 14 }], b)).toBeCloseTo(4);
    expect(segmentToBox([{ x: 13, y: 14 }, { x: 20, y: 30 }], b)).toBeCloseTo(5); // from the corner (10, 10)
    expect(segmentToBox([{ x: 20, y: -10 }, { x: 20, y: 30 }], b)).toBeCloseTo(10);
  });

  it('measures boxes apart, and an arrow with its head', () => {
    expect(boxToBox(box(0, 0, 10, 10), box(13, 14, 20, 20))).toBeCloseTo(5);
    expect(boxToBox(box(0, 0, 10, 10), box(5, 5, 20, 20))).toBe(0);
    // A vertical arrow ending 10 above the box: its head (7 either side, its tip 1.4 beyond) reaches within 8.6 of it.
    const arrow = { points: [{ x: 5, y: -100 }, { x: 5, y: -10 }] };
    expect(boxToArrow(box(0, 0, 10, 10), arrow)).toBeCloseTo(8.6);
    expect(boxToArrow(box(20, -30, 30, -10), arrow)).toBeCloseTo(8); // beside the head, whose base ends at x = 12
  });

  // The case the issue reported (eq-manquement-personnel): « Non » sits above « À vérifier »,
  // its arrow goes on under « Oui » towards « Obligatoire ».
  const crossed: PlacedDiagram = {
    width: 400,
    height: 300,
    nodes: [
      { id: 'q', kind: 'question', x: 200, y: 30, width: 200, height: 40, lines: ['?'] },
      { id: 'verifier', kind: 'ending', verdict: 'ask', x: 100, y: 260, width: 120, height: 40, lines: ['À vérifier'] },
      { id: 'obligatoire', kind: 'ending', verdict: 'required', x: 300, y: 260, width: 120, height: 40, lines: ['Obligatoire'] },
    ],
    edges: [
      { id: 'q:non', from: 'q', to: 'obligatoire', event: 'non', points: [{ x: 150, y: 50 }, { x: 100, y: 150 }, { x: 300, y: 240 }], label: { x: 100, y: 150, width: 40, height: 22, lines: ['Non'] } },
      { id: 'q:oui', from: 'q', to: 'verifier', event: 'oui', points: [{ x: 250, y: 50 }, { x: 200, y: 150 }, { x: 100, y: 240 }], label: { x: 200, y: 150, width: 120, height: 66, lines: ['Oui, son', 'comportement', 'est exemplaire'] } },
    ],
  };

  it('finds the arrow that passes under another answer’s label', () => {
    expect(labelProblems(crossed)).toContain('« Oui, son comportement est exemplaire » (q:oui) has the arrow q:non passing under it');
  });

  it('finds a label off its arrow, or nearer to another box than to its own arrow', () => {
    const off = structuredClone(crossed);
    off.edges = [off.edges[1]!];
    off.edges[0]!.label.x += 80;
    expect(labelProblems(off)).toEqual(expect.arrayContaining([expect.stringMatching(/^« Oui.*is \d+\.\d from its own arrow$/)]));
    const low = structuredClone(crossed);
    low.edges = [low.edges[0]!];
    low.edges[0]!.label.y = 215; // off its arrow, 14 above « À vérifier »
    expect(labelProblems(low)).toContain('« Non » (q:non) is 14.0 from the box verifier');
  });

  it('draws the crossed arrows again clear of the labels: down from each label, then across below them', () => {
    const routed = routeArrows(crossed);
    expect(labelProblems(routed)).toEqual([]);
    const non = routed.edges[0]!;
    expect(non.points[0]).toMatchObject({ y: 50 }); // from the question's bottom
    expect(non.points.at(-1)).toMatchObject({ y: 240 }); // into the top of « Obligatoire »
    expect(non.points).toContainEqual({ x: 100, y: 161 }); // out of its label's bottom, straight down
  });
});

/** Every scenario, in both languages: the diagram the trainer projects and prints. */
/**
 * The diagram as its SVG draws it (src/trainer/Diagram.tsx), read back: each arrow's path (a
 * polyline: any other command fails here), each label's and each box's rectangle.
 */
function drawn(container: HTMLElement, placed: PlacedDiagram): PlacedDiagram {
  const rect = (r: Element) => {
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
    return { x: x! + width! / 2, y: y! + height! / 2, width: width!, height: height! };
  };
  const polyline = (d: string) =>
    d.split(' ').map((step) => {
      const match = /^[ML](-?[\d.]+),(-?[\d.]+)$/.exec(step);
      if (!match) throw new Error(`not a polyline: ${d}`);
      return { x: Number(match[1]), y: Number(match[2]) };
    });
  return {
    ...placed,
    nodes: placed.nodes.map((n) => ({ ...n, ...rect(container.querySelector(`[data-node="${n.id}"] rect`)!) })),
    edges: placed.edges.map((e) => {
      const group = container.querySelector(`[data-edge="${e.id}"]`)!;
      return { ...e, points: polyline(group.querySelector('path')!.getAttribute('d')!), label: { ...e.label, ...rect(group.querySelector('rect')!) } };
    }),
  };
}

// Laid out as the build lays them out (tooling/diagram-layout.ts), the machines loaded here.
const diagrams = (await loadAllScenarios()).flatMap(({ id, machine }) => LANGUAGES.map((lang) => ({ lang, id, machine, placed: layoutScenario(machine, id, lang) })));

describe.each(diagrams)('$lang/$id: each answer’s label reads on its own arrow only', ({ id, machine, placed }) => {
  it('sits on its arrow, clearly nearer to it than to any other arrow, label or box, and no arrow passes under it', () => {
    expect(labelProblems(placed)).toEqual([]);
  });

  it('does so as the SVG draws it, on screen and on the printed sheet', () => {
    // On screen the SVG is drawn at its own size; on the printed sheet the same SVG is scaled
    // evenly to the sheet's width (its viewBox, `width: 100%; height: auto`): the same geometry.
    const { container } = render(createElement(DiagramSvg, { diagram: diagramOf(machine), placed, title: id }));
    expect(labelProblems(drawn(container, placed))).toEqual([]);
  });

  it('holds each label’s text, as printed (Arial), in its white box', () => {
    const { size } = DIAGRAM_TEXT.edge;
    for (const edge of placed.edges) {
      const widest = Math.max(...edge.label.lines.map((line) => textWidth(line, size)));
      expect(widest, edge.label.lines.join(' ')).toBeLessThanOrEqual(edge.label.width);
    }
  });
});

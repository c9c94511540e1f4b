import type { Verdict } from '../../engine/model';

/**
 * A diagram placed on a page (layered layout, top to bottom, by dagre at build time:
 * tooling/diagram-layout.ts): boxes with their text already broken into lines, arrows as point
 * lists with their labels' boxes. The browser downloads it ready to draw
 * (`virtual:diagram-layout/<lang>/<id>`): no layout library, no layout work, on any page.
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
export const CHAR_EM = 0.56;

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

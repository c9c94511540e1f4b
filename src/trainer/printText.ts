// How long a printed text is, with the print font's own character widths (printMetrics.ts):
// the width of a text, and the lines it takes in a box. The fit (printFit.ts) lays out with these.
import { BOLD, REGULAR } from './printMetrics';

/** A character the metrics do not list (none of the policies' texts has one): as wide as a digit. */
const UNKNOWN_WIDTH = 556;

/** The width of `text` at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  let total = 0;
  for (const c of text) total += widths[c] ?? UNKNOWN_WIDTH;
  return (total / 1000) * size;
}

/** The width of each word of a text at 1 pt, by text: the fit wraps the same texts at every size it tries. */
const wordWidthsOf = new Map<string, number[]>();
function wordWidths(text: string, bold: boolean): number[] {
  const key = `${bold ? 'b' : 'r'}${text}`;
  let widths = wordWidthsOf.get(key);
  if (!widths) {
    widths = text.split(' ').map((word) => textWidth(word, 1, bold));
    wordWidthsOf.set(key, widths);
  }
  return widths;
}

/**
 * Lines that `text` takes in a box `width` points wide, at `size` points: words fill a line
 * until the next one does not fit (breaks only at spaces; non-breaking spaces hold). `indent`:
 * what the first line holds before the text (the verdict's symbol), in points.
 */
export function lineCount(text: string, width: number, size: number, { bold = false, indent = 0 } = {}): number {
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = indent;
  for (const [i, wordWidth] of wordWidths(text, bold).entries()) {
    const w = wordWidth * size;
    const before = i > 0 ? space : 0;
    if (used > 0 && used + before + w > width + 0.01) {
      lines++;
      used = w;
    } else used += before + w;
  }
  return lines;
}

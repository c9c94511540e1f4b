/**
 * How a scenario's sheet is laid out on paper so that it prints on ONE page (US Letter,
 * landscape), whatever the scenario's size: the largest body type that fits, and the width
 * of the diagram. A page cannot be measured before it is printed (and the sheet must print
 * without script too), so this lays the printed texts out as the browser will, word by word,
 * with the print font's own character widths (printMetrics.ts), and keeps the largest size
 * that fits with room to spare. The print stylesheet reads the result from data attributes
 * (`data-print-size`, `data-print-layout`, `data-print-diagram`): no inline style (the CSP
 * forbids it). The boxes' margins and paddings below are those of that stylesheet
 * (src/ui/styles.css, `@media print`), in ems of the body type.
 *
 * The print font is Arial or a font with its metrics (Helvetica, Liberation Sans, Arimo),
 * which is why the print stylesheet asks for it: the fit computed here then holds on a
 * trainer's Windows, Mac or Linux machine alike.
 */
import { BOLD, REGULAR } from './printMetrics';

/** What the sheet prints: its texts as the reader sees them, and the diagram's size in its own units. */
export interface SheetContent {
  organisation: string;
  title: string;
  /** One per printed row: the answers (as printed), the verdict word, the short answer (or « same as row n »). */
  rows: { answers: string; verdict: string; summary: string }[];
  /** A line above the quotes (English: they are quoted in French), if any. */
  quotesNote?: string;
  /** The quotes, grouped by the section they come from: each group's caption and each quote. */
  quotes: { caption: string; texts: string[] }[];
  citation: string;
  /** The headings: the diagram's, the table's and its column heads, the quotes'. */
  headings: { diagram: string; table: string; columns: string[]; quotes: string };
  /** The diagram's size and its smallest font size, in SVG units. */
  diagram: { width: number; height: number; minFont: number };
}

export interface SheetPrint {
  /**
   * Pages the sheet prints on: one, except for a scenario whose texts do not fit one page
   * even at the smallest size (on-publier-compte-ministre: 45 paths on 22 printed rows, 32
   * quotes), which takes two rather than shrink below 5 pt: the diagram and the table, then the
   * quotes (one sheet of paper, printed on both sides).
   */
  pages: 1 | 2;
  /** Body type, in points. */
  bodyPt: number;
  /** The quotes' type, in points: the body's, or larger on a second page of their own. */
  quotesPt: number;
  /** `side`: diagram and table side by side (a narrow diagram); `stack`: one under the other. */
  layout: 'side' | 'stack';
  /** The diagram's printed width, in percent of the page's text width (5 % steps). */
  diagramPercent: number;
  /** The smallest text of the printed diagram, in points. */
  diagramPt: number;
  /** The estimated height, in points, against the page's. */
  estimatedPt: number;
  /** The estimated height of each part, in points. */
  parts: { header: number; diagram: number; table: number; quotes: number };
  /**
   * On a two-page sheet, the body type (points) at which it would all hold on one page, down to
   * 4 pt, with the same layout and diagram width: offered to the trainer who needs one page.
   */
  onePagePt?: number;
}

/** US Letter, landscape, 0.4 in margins (`@page sheet`): the text area in points. */
export const PAGE = { width: (11 - 0.8) * 72, height: (8.5 - 0.8) * 72 };
/** Body sizes tried, largest first (points). The print stylesheet has a rule for each. */
export const PRINT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5] as const;
/** Smaller sizes, only for a two-page sheet printed on one page at the trainer's choice. */
export const ONE_PAGE_SIZES = [4.5, 4] as const;

const LINE = 1.15;
/** Height kept free for what the layout here does not model (kerning, rounding, a column that balances badly). */
const SPARE = 0.96;
/** A character the metrics do not list (none of the policies' texts has one): as wide as a digit. */
const UNKNOWN_WIDTH = 556;
/** A table cell's border, in points (1 CSS pixel). */
const BORDER = 0.75;

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

/**
 * One page if it can be done at 5 pt or more, else two: the quotes then get a page of their own,
 * in the largest type that fits it, and the size at which it would all hold on one page (4.5 or
 * 4 pt) is offered as a choice. The body type first (the largest that fits), then the diagram:
 * its text as large as the body's if there is room, else down to 70 % of it (a diagram as wide
 * as the page stays at the page's width, whatever its text then measures).
 */
export function fitSheet(content: SheetContent): SheetPrint {
  for (const size of PRINT_SIZES) {
    for (const ratio of DIAGRAM_RATIOS) {
      const fit = layoutAt(content, size, ratio);
      if (fit.estimatedPt <= PAGE.height * SPARE) return { ...fit, pages: 1, quotesPt: size };
    }
  }
  // Two pages: the diagram and the table on the first, the quotes on the second (the print
  // stylesheet breaks the page before them), so each page is estimated on its own.
  for (const size of PRINT_SIZES) {
    for (const ratio of DIAGRAM_RATIOS) {
      const fit = layoutAt(content, size, ratio);
      const { header, diagram, table } = fit.parts;
      const first = header + (fit.layout === 'side' ? Math.max(diagram, table) : diagram + table);
      if (first > PAGE.height * SPARE) continue;
      const quotesPt = PRINT_SIZES.find((quotesSize) => layoutAt(content, quotesSize, ratio).parts.quotes <= PAGE.height * SPARE);
      if (quotesPt === undefined || quotesPt < size) continue;
      const onePagePt = ONE_PAGE_SIZES.find((small) => {
        const onePage = layoutAt(content, small, ratio);
        return onePage.estimatedPt <= PAGE.height * SPARE && onePage.layout === fit.layout && onePage.diagramPercent === fit.diagramPercent;
      });
      return { ...fit, pages: 2, quotesPt, ...(onePagePt ? { onePagePt } : {}) };
    }
  }
  // Larger than two pages even at the smallest size: no scenario is (the browser test of the
  // sheets would tell); print it at the smallest size, on as many pages as it takes.
  return { ...layoutAt(content, PRINT_SIZES.at(-1)!, DIAGRAM_RATIOS.at(-1)!), pages: 2, quotesPt: PRINT_SIZES.at(-1)! };
}

const DIAGRAM_RATIOS = [1, 0.9, 0.8, 0.7] as const;

/**
 * The height of `columns` balanced columns holding `items` (heights, in order, none split): the
 * least height at which filling each column in turn, as far as it goes, leaves nothing over.
 */
export function balancedHeight(items: readonly number[], columns: number): number {
  const fits = (height: number) => {
    let column = 1;
    let used = 0;
    for (const item of items) {
      if (used > 0 && used + item > height) {
        column++;
        used = 0;
      }
      used += item;
    }
    return column <= columns;
  };
  const total = items.reduce((sum, item) => sum + item, 0);
  let low = Math.max(total / columns, ...items);
  let high = total;
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    if (fits(middle)) high = middle;
    else low = middle;
  }
  return high;
}

function layoutAt(content: SheetContent, size: number, ratio: number): Omit<SheetPrint, 'pages' | 'quotesPt'> {
  const line = size * LINE;
  const { width: W, height: H } = PAGE;
  const em = size;
  const gap = 1.5 * em;
  /** An h2 (1.15 em) and the margin under it; the one above is 0 where it opens its part. */
  const heading = (text: string, width: number) => lineCount(text, width, size * 1.15, { bold: true }) * size * 1.15 * LINE + 0.35 * size * 1.15;

  // The diagram: its smallest text at `ratio` of the body's, if the page allows; never more
  // than the page's width, nor more than 75 % of its height.
  const d = content.diagram;
  let scale = (size * ratio) / d.minFont;
  scale = Math.min(scale, W / d.width, (H * 0.75) / d.height);
  const diagramPercent = Math.max(10, Math.min(100, Math.floor(((d.width * scale) / W) * 20 + 1e-9) * 5));
  scale = Math.min(scale, (diagramPercent / 100) * (W / d.width));
  const diagramHeight = d.height * scale;
  const layout = diagramPercent <= 55 ? 'side' : 'stack';

  // The table: # | answers | verdict | short answer; 2.2 em, 40 %, 7.5 em and the rest of its
  // width. A cell: 0.4 em padding each side, 0.15 em above and below, a 1 px border.
  const table = (width: number) => {
    const columns = [2.2 * em, 0.4 * width, 7.5 * em, width - 9.7 * em - 0.4 * width];
    const cell = (column: number) => columns[column]! - 0.8 * em - BORDER;
    const rowHeight = (lines: number) => lines * line + 0.3 * em + BORDER;
    const verdictIcon = 1.5 * em; // the symbol before the word: 1.2 em wide and 0.3 em of margin
    const [, situation = '', verdict = '', summary = ''] = content.headings.columns;
    const bold = { bold: true };
    const head = Math.max(lineCount(situation, cell(1), size, bold), lineCount(verdict, cell(2), size, bold), lineCount(summary, cell(3), size, bold));
    return (
      heading(content.headings.table, width) +
      rowHeight(head) +
      content.rows.reduce(
        (sum, r, i) =>
          sum +
          rowHeight(
            Math.max(
              lineCount(String(i + 1), cell(0), size, bold),
              lineCount(r.answers, cell(1), size),
              lineCount(r.verdict, cell(2), size, { bold: true, indent: verdictIcon }),
              lineCount(r.summary, cell(3), size),
            ),
          ),
        0,
      ) +
      BORDER
    );
  };

  // The quotes, in three balanced columns. Each quote: 0.5 em padding and a 2 pt rule on its
  // left, 0.15 em under it; each group's caption (0.7 em in) stays with the quote above it, and
  // 0.4 em under the group. Neither a quote nor a caption is split between columns.
  const quotes = () => {
    const columns = 3;
    const column = (W - (columns - 1) * gap) / columns;
    const items: number[] = [];
    for (const group of content.quotes) {
      for (const text of group.texts) items.push(lineCount(text, column - 0.5 * em - 2, size) * line + 0.15 * em);
      items[items.length - 1]! += lineCount(group.caption, column - 0.7 * em, size) * line + 0.4 * em;
    }
    const note = content.quotesNote ? lineCount(content.quotesNote, W, size) * line : 0;
    return 0.4 * em + heading(content.headings.quotes, W) + note + balancedHeight(items, columns);
  };

  const header = line + lineCount(content.title, W, size * 1.4, { bold: true }) * size * 1.4 * LINE + 0.3 * size * 1.4;
  const citation = lineCount(content.citation, W, size) * line + 0.2 * em;
  const diagramWidth = (diagramPercent / 100) * W;
  const tableHeight = table(layout === 'side' ? W - diagramWidth - gap : W);
  const diagramPart = heading(content.headings.diagram, layout === 'side' ? diagramWidth : W) + diagramHeight + (layout === 'stack' ? 0.4 * em : 0);
  const body = layout === 'side' ? Math.max(diagramPart, tableHeight) : diagramPart + tableHeight;
  const quotesPart = quotes() + citation;
  const estimatedPt = header + body + quotesPart;
  return {
    bodyPt: size,
    layout,
    diagramPercent,
    diagramPt: Math.round(d.minFont * scale * 10) / 10,
    estimatedPt: Math.round(estimatedPt),
    parts: { header: Math.round(header), diagram: Math.round(diagramPart), table: Math.round(tableHeight), quotes: Math.round(quotesPart) },
  };
}

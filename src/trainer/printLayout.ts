// A scenario's sheet laid out for print at one body size, in points: its parts (header,
// diagram, table, quotes) as the print stylesheet boxes them (src/ui/styles.css, `@media
// print`, margins in ems of the body type). printFit.ts chooses the size and the pages.
import { lineCount } from './printText';

/** US Letter, landscape, 0.4 in margins (`@page sheet`): the text area in points. */
export const PAGE = { width: (11 - 0.8) * 72, height: (8.5 - 0.8) * 72 };
export const LINE = 1.15;

/** What the sheet prints: its texts as the reader sees them, and the diagram's size in its own units. */
export interface SheetContent {
  organisation: string;
  title: string;
  /**
   * One per printed row: the answers (as printed: those it shares with the row above as « … »),
   * the verdict word, the short answer (or « same as row n »); and, on a row that shares answers
   * with the row above, all its answers, which it prints instead at the top of a page.
   */
  rows: { answers: string; verdict: string; summary: string; answersInFull?: string }[];
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


/** A table cell's border, in points (1 CSS pixel). */
export const BORDER = 0.75;

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

/** The diagram: its text at `ratio` of the body's (the layout following from its width), or at a width and layout already chosen. */
export type DiagramChoice = { ratio: number; layout?: 'stack' } | { percent: number; layout: 'side' | 'stack' };

/** The parts of a sheet laid out at one size, in points. */
export interface Measure {
  size: number;
  layout: 'side' | 'stack';
  diagramPercent: number;
  diagramPt: number;
  /** The organisation and the title. */
  header: number;
  /** The diagram's heading and the diagram. */
  diagram: number;
  /**
   * The table's heading, its column heads, each row (as printed after the row above, and with its
   * answers in full, as at the top of a page), and the whole table (with its heading).
   */
  table: { heading: number; head: number; rows: number[]; rowsInFull: number[]; total: number };
  quotes: Quotes;
  /** All of it on one page. */
  total: number;
}

/** The quotes' part: above the columns (margin, heading, note), each item of the columns, the citation, and the whole. */
export interface Quotes {
  top: number;
  items: number[];
  citation: number;
  total: number;
}

export const QUOTE_COLUMNS = 3;

/** An h2 (1.15 em) and the margin under it; the one above is 0 where it opens its part. */
const headingHeight = (text: string, width: number, size: number) => lineCount(text, width, size * 1.15, { bold: true }) * size * 1.15 * LINE + 0.35 * size * 1.15;

/**
 * The quotes, in three balanced columns. Each quote: 0.5 em padding and a 2 pt rule on its
 * left, 0.15 em under it; each group's caption (0.7 em in) stays with the quote above it, and
 * 0.4 em under the group. Neither a quote nor a caption is split between columns.
 */
export function quotesOf(content: SheetContent, size: number): Quotes {
  const em = size;
  const line = size * LINE;
  const { width: W } = PAGE;
  const column = (W - (QUOTE_COLUMNS - 1) * 1.5 * em) / QUOTE_COLUMNS;
  const items: number[] = [];
  for (const group of content.quotes) {
    for (const text of group.texts) items.push(lineCount(text, column - 0.5 * em - 2, size) * line + 0.15 * em);
    items[items.length - 1]! += lineCount(group.caption, column - 0.7 * em, size) * line + 0.4 * em;
  }
  const note = content.quotesNote ? lineCount(content.quotesNote, W, size) * line : 0;
  const top = 0.4 * em + headingHeight(content.headings.quotes, W, size) + note;
  const citation = lineCount(content.citation, W, size) * line + 0.2 * em;
  return { top, items, citation, total: top + balancedHeight(items, QUOTE_COLUMNS) + citation };
}

/** The sheet laid out at `size` points, on one page. */
export function measure(content: SheetContent, size: number, choice: DiagramChoice): Measure {
  const line = size * LINE;
  const { width: W, height: H } = PAGE;
  const em = size;
  const gap = 1.5 * em;

  // The diagram: its smallest text at `ratio` of the body's, if the page allows; never more
  // than the page's width, nor more than 75 % of its height.
  const d = content.diagram;
  let scale: number;
  let diagramPercent: number;
  if ('percent' in choice) {
    diagramPercent = choice.percent;
    scale = Math.min((diagramPercent / 100) * (W / d.width), (H * 0.75) / d.height);
  } else {
    scale = Math.min((size * choice.ratio) / d.minFont, W / d.width, (H * 0.75) / d.height);
    diagramPercent = Math.max(10, Math.min(100, Math.floor(((d.width * scale) / W) * 20 + 1e-9) * 5));
    scale = Math.min(scale, (diagramPercent / 100) * (W / d.width));
  }
  const diagramHeight = d.height * scale;
  const layout = choice.layout ?? (diagramPercent <= 55 ? 'side' : 'stack');

  // The table: # | answers | verdict | short answer; 2.2 em, 40 %, 7.5 em and the rest of its
  // width. A cell: 0.4 em padding each side, 0.15 em above and below, a 1 px border.
  const table = (width: number) => {
    const columns = [2.2 * em, 0.4 * width, 7.5 * em, width - 9.7 * em - 0.4 * width];
    const cell = (column: number) => columns[column]! - 0.8 * em - BORDER;
    const rowHeight = (lines: number) => lines * line + 0.3 * em + BORDER;
    const verdictIcon = 1.5 * em; // the symbol before the word: 1.2 em wide and 0.3 em of margin
    const [, situation = '', verdict = '', summary = ''] = content.headings.columns;
    const bold = { bold: true };
    const heading = headingHeight(content.headings.table, width, size);
    const head = rowHeight(Math.max(lineCount(situation, cell(1), size, bold), lineCount(verdict, cell(2), size, bold), lineCount(summary, cell(3), size, bold)));
    const row = (r: SheetContent['rows'][number], i: number, answers: string) =>
      rowHeight(
        Math.max(
          lineCount(String(i + 1), cell(0), size, bold),
          lineCount(answers, cell(1), size),
          lineCount(r.verdict, cell(2), size, { bold: true, indent: verdictIcon }),
          lineCount(r.summary, cell(3), size),
        ),
      );
    const rowsInFull = content.rows.map((r, i) => row(r, i, r.answersInFull ?? r.answers));
    const rows = content.rows.map((r, i) => row(r, i, r.answers));
    return { heading, head, rows, rowsInFull, total: heading + head + rows.reduce((sum, height) => sum + height, 0) + BORDER };
  };

  const header = line + lineCount(content.title, W, size * 1.4, { bold: true }) * size * 1.4 * LINE + 0.3 * size * 1.4;
  const diagramWidth = (diagramPercent / 100) * W;
  const tableParts = table(layout === 'side' ? W - diagramWidth - gap : W);
  const diagram = headingHeight(content.headings.diagram, layout === 'side' ? diagramWidth : W, size) + diagramHeight + (layout === 'stack' ? 0.4 * em : 0);
  const body = layout === 'side' ? Math.max(diagram, tableParts.total) : diagram + tableParts.total;
  const quotes = quotesOf(content, size);
  return {
    size,
    layout,
    diagramPercent,
    diagramPt: Math.round(d.minFont * scale * 10) / 10,
    header,
    diagram,
    table: tableParts,
    quotes,
    total: header + body + quotes.total,
  };
}


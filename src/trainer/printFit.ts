/**
 * How a scenario's sheet is laid out on paper (US Letter, landscape): the largest body type that
 * fits, from 10 pt down to 6 pt, the width of the diagram, and the pages: one whenever it can be
 * done at 6 pt or more, else as few as it takes. A page cannot be measured before it is printed
 * (and the sheet must print without script too), so this lays the printed texts out as the
 * browser will, word by word, with the print font's own character widths (printMetrics.ts), and
 * keeps the largest size that fits with room to spare. Every page break of a sheet on more than
 * one page is planned here and forced by the print stylesheet, so that the browser prints
 * exactly the pages planned: never more (each page's content is estimated to fit it, with room
 * to spare), never fewer (the breaks are forced). The print stylesheet reads the result from
 * data attributes (`data-print-size`, `data-print-layout`, `data-print-diagram`,
 * `data-print-break`): no inline style (the CSP forbids it). The boxes' margins and paddings
 * below are those of that stylesheet (src/ui/styles.css, `@media print`), in ems of the body type.
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

/**
 * How the sheet is spread over its pages, the first that can be done with a body of 6 pt or more:
 * - `one-page`: all of it on one page;
 * - `quotes-apart`: two pages, the diagram and the whole table on the first, the quotes alone on
 *   the second, in larger type (one sheet of paper printed on both sides);
 * - `table-over`: the diagram, then the table, which goes on over the next pages (its column
 *   heads repeated at the top of each), then the quotes: after the table's last rows if they
 *   fit there, else on a page of their own, in larger type if it holds them.
 */
export type SheetPlan = 'one-page' | 'quotes-apart' | 'table-over';

export interface SheetPrint {
  plan: SheetPlan;
  /** Pages the sheet prints on. */
  pages: number;
  /** Body type, in points. */
  bodyPt: number;
  /** The quotes' type, in points: the body's, or larger on a page of their own. */
  quotesPt: number;
  /** `side`: diagram and table side by side (a narrow diagram); `stack`: one under the other. */
  layout: 'side' | 'stack';
  /** The diagram's printed width, in percent of the page's text width (5 % steps). */
  diagramPercent: number;
  /** The smallest text of the printed diagram, in points. */
  diagramPt: number;
  /** The estimated height of the whole sheet on one page, in points, against the page's. */
  estimatedPt: number;
  /** The estimated height of each part, in points, at the body type. */
  parts: { header: number; diagram: number; table: number; quotes: number };
  /** The estimated height of what each page holds, in points: at most the page's, less the room kept free. */
  pageHeights: number[];
  /**
   * The printed table's rows (counted from 0) that begin a new page, in order; 0: the table
   * begins one (its heading and first rows would not fit under the diagram). Empty but on a
   * `table-over` sheet. Each of these rows prints its answers in full (`answersInFull`): the row
   * above is on the page before (but when the trainer ticks the one-page choice, it is not).
   */
  tableBreaks: number[];
  /** Whether the quotes begin a new page. */
  quotesBreak: boolean;
  /**
   * On a sheet of more than one page, the body type (points) at which it would all hold on one
   * page, down to 4 pt, with the same diagram: offered to the trainer who needs one page.
   */
  onePagePt?: number;
}

/** US Letter, landscape, 0.4 in margins (`@page sheet`): the text area in points. */
export const PAGE = { width: (11 - 0.8) * 72, height: (8.5 - 0.8) * 72 };
/** Body sizes tried, largest first (points): none below 6 pt. The print stylesheet has a rule for each. */
export const PRINT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6] as const;
/** Smaller sizes, only for a sheet of more than one page printed on one at the trainer's choice (a rule each too). */
export const ONE_PAGE_SIZES = [5.5, 5, 4.5, 4] as const;

const LINE = 1.15;
/** Height kept free on each page for what the layout here does not model (kerning, rounding, a column that balances badly). */
const SPARE = 0.96;
/** The height a page's content may take, as estimated here. */
const ROOM = PAGE.height * SPARE;
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
 * The sheet's plan, the first of these that holds with a body of 6 pt or more (PRINT_SIZES):
 * 1. one page, in the largest type that fits;
 * 2. two pages, `quotes-apart`, in the largest type that fits: the diagram and the table on the
 *    first, the quotes alone on the second in the largest type that fits it (not smaller than
 *    the body);
 * 3. `table-over`, on as few pages as it can be done at 6 pt, in the largest type that still
 *    takes no more.
 * For each size, the diagram: its text as large as the body's if there is room, else down to
 * 70 % of it (a diagram as wide as the page stays at the page's width, whatever its text then
 * measures). A sheet of more than one page offers the size at which it would all hold on one
 * page (ONE_PAGE_SIZES, 5.5 pt down to 4 pt), if any. `sizes`: the body sizes to try, largest
 * first (the tests ask for one at a time).
 */
export function fitSheet(content: SheetContent, sizes: readonly number[] = PRINT_SIZES): SheetPrint {
  for (const size of sizes) {
    for (const ratio of DIAGRAM_RATIOS) {
      const m = measure(content, size, { ratio });
      if (m.total <= ROOM) return { ...summary(m), plan: 'one-page', pages: 1, quotesPt: size, tableBreaks: [], quotesBreak: false, pageHeights: [m.total] };
    }
  }
  for (const size of sizes) {
    for (const ratio of DIAGRAM_RATIOS) {
      const m = measure(content, size, { ratio });
      const first = m.header + (m.layout === 'side' ? Math.max(m.diagram, m.table.total) : m.diagram + m.table.total);
      if (first > ROOM) continue;
      const quotesPt = PRINT_SIZES.find((quotesSize) => quotesOf(content, quotesSize).total <= ROOM);
      if (quotesPt === undefined || quotesPt < size) continue;
      const pageHeights = [first, quotesOf(content, quotesPt).total];
      return withOnePage(content, { ...summary(m), plan: 'quotes-apart', pages: 2, quotesPt, tableBreaks: [], quotesBreak: true, pageHeights });
    }
  }
  let best: SheetPrint | undefined;
  for (const size of sizes) {
    for (const ratio of DIAGRAM_RATIOS) {
      const planned = tableOver(content, measure(content, size, { ratio, layout: 'stack' }));
      // Sizes and diagrams are tried largest first: on as many pages, the first is kept.
      if (!best || planned.pages < best.pages) best = planned;
    }
  }
  return withOnePage(content, best!);
}

const DIAGRAM_RATIOS = [1, 0.9, 0.8, 0.7] as const;

/** The smallest size at which the whole sheet holds on one page with the plan's diagram, if any. */
function withOnePage(content: SheetContent, planned: SheetPrint): SheetPrint {
  const choice = { percent: planned.diagramPercent, layout: planned.layout };
  const onePagePt = ONE_PAGE_SIZES.find((small) => measure(content, small, choice).total <= ROOM);
  return onePagePt === undefined ? planned : { ...planned, onePagePt };
}

/**
 * The table over as many pages as it takes (stacked under the diagram): each page holds the
 * rows that fit it whole (the browser does not split a row), under the column heads repeated,
 * the first with its answers in full; then the quotes, at the body type after the last rows if
 * they fit there, else from a new page in the largest type that fits it.
 */
function tableOver(content: SheetContent, m: Measure): SheetPrint {
  const { heading, head, rows, rowsInFull } = m.table;
  const tableBreaks: number[] = [];
  const pageHeights: number[] = [];
  let used = m.header + m.diagram;
  if (used + heading + head + (rows[0] ?? 0) > ROOM) {
    tableBreaks.push(0);
    pageHeights.push(used);
    used = 0;
  }
  used += heading + head;
  let rowsOnPage = 0;
  for (const [i, row] of rows.entries()) {
    if (used + row > ROOM && rowsOnPage > 0) {
      tableBreaks.push(i);
      pageHeights.push(used + BORDER);
      used = head + rowsInFull[i]!;
      rowsOnPage = 1;
    } else {
      used += row;
      rowsOnPage++;
    }
  }
  used += BORDER;
  const plan = { ...summary(m), plan: 'table-over' as const, tableBreaks };
  if (used + m.quotes.total <= ROOM) {
    return { ...plan, pages: pageHeights.length + 1, quotesPt: m.size, quotesBreak: false, pageHeights: [...pageHeights, used + m.quotes.total] };
  }
  const quotesPt = PRINT_SIZES.find((size) => size >= m.size && quotesOf(content, size).total <= ROOM) ?? m.size;
  const quotePages = quotePageHeights(quotesOf(content, quotesPt));
  const heights = [...pageHeights, used, ...quotePages];
  return { ...plan, pages: heights.length, quotesPt, quotesBreak: true, pageHeights: heights };
}

/**
 * The height of each page the quotes take from a new page: one if they fit it (the fit then
 * prints them in the largest type that does); else, at the body type, their columns filled one
 * after the other to the foot of each page, none split, and the citation under them. No
 * scenario has that many (some 70 quotes at 6 pt).
 */
function quotePageHeights(q: Quotes): number[] {
  if (q.total <= ROOM) return [q.total];
  const heights: number[] = [];
  let top = q.top; // the heading, above the columns of the first page only
  let column = 1;
  let used = top;
  let tallest = top;
  for (const item of q.items) {
    if (used + item > ROOM && used > top) {
      if (column === QUOTE_COLUMNS) {
        heights.push(tallest);
        top = tallest = 0;
        column = 1;
      } else column++;
      used = top;
    }
    used += item;
    tallest = Math.max(tallest, used);
  }
  return tallest + q.citation > ROOM ? [...heights, tallest, q.citation] : [...heights, tallest + q.citation];
}

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
type DiagramChoice = { ratio: number; layout?: 'stack' } | { percent: number; layout: 'side' | 'stack' };

/** The parts of a sheet laid out at one size, in points. */
interface Measure {
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
interface Quotes {
  top: number;
  items: number[];
  citation: number;
  total: number;
}

const QUOTE_COLUMNS = 3;

/** An h2 (1.15 em) and the margin under it; the one above is 0 where it opens its part. */
const headingHeight = (text: string, width: number, size: number) => lineCount(text, width, size * 1.15, { bold: true }) * size * 1.15 * LINE + 0.35 * size * 1.15;

/**
 * The quotes, in three balanced columns. Each quote: 0.5 em padding and a 2 pt rule on its
 * left, 0.15 em under it; each group's caption (0.7 em in) stays with the quote above it, and
 * 0.4 em under the group. Neither a quote nor a caption is split between columns.
 */
function quotesOf(content: SheetContent, size: number): Quotes {
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
function measure(content: SheetContent, size: number, choice: DiagramChoice): Measure {
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

/** What a plan says of the layout it was measured in. */
function summary(m: Measure): Omit<SheetPrint, 'plan' | 'pages' | 'quotesPt' | 'tableBreaks' | 'quotesBreak' | 'pageHeights'> {
  return {
    bodyPt: m.size,
    layout: m.layout,
    diagramPercent: m.diagramPercent,
    diagramPt: m.diagramPt,
    estimatedPt: Math.round(m.total),
    parts: { header: Math.round(m.header), diagram: Math.round(m.diagram), table: Math.round(m.table.total), quotes: Math.round(m.quotes.total) },
  };
}

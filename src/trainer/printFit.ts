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
import { BORDER, PAGE, QUOTE_COLUMNS, measure, quotesOf, type Measure, type Quotes, type SheetContent } from './printLayout';


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

/** Body sizes tried, largest first (points): none below 6 pt. The print stylesheet has a rule for each. */
export const PRINT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6] as const;
/** Smaller sizes, only for a sheet of more than one page printed on one at the trainer's choice (a rule each too). */
export const ONE_PAGE_SIZES = [5.5, 5, 4.5, 4] as const;

/** Height kept free on each page for what the layout here does not model (kerning, rounding, a column that balances badly). */
const SPARE = 0.96;
/** The height a page's content may take, as estimated here. */
const ROOM = PAGE.height * SPARE;

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

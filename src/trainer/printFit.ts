/**
 * How a scenario's sheet is laid out on paper so that it prints on ONE page (US Letter,
 * landscape), whatever the scenario's size: the largest body type that fits, and the width
 * of the diagram. A page cannot be measured before it is printed (and the sheet must print
 * without script too), so this estimates, from the texts the sheet prints, the height they
 * take at each type size, and keeps the largest size that fits with room to spare. The print
 * stylesheet reads the result from data attributes (`data-print-size`, `data-print-layout`,
 * `data-print-diagram`): no inline style (the CSP forbids it).
 *
 * The estimate assumes the print font, Arial or a font with its metrics (Helvetica, Liberation
 * Sans, Arimo), which is why the print stylesheet asks for it: the fit measured here then holds
 * on a trainer's Windows, Mac or Linux machine alike.
 */

/** What the sheet prints, in characters (as the reader sees them) and diagram units. */
export interface SheetContent {
  /** Title and organisation. */
  header: number;
  /** One per path: the answers as printed (only those not already on the row above), the verdict word, the short answer (or « same as row n »). */
  rows: { answers: number; verdict: number; summary: number }[];
  /** The quotes, grouped by the section they come from: each group's caption and each quote. */
  quotes: { caption: number; texts: number[] }[];
  citation: number;
  /** The diagram's size and its smallest font size, in SVG units. */
  diagram: { width: number; height: number; minFont: number };
}

export interface SheetPrint {
  /**
   * Pages the sheet prints on: one, except for a scenario whose texts do not fit one page
   * even at the smallest size (on-publier-compte-ministre: 45 paths, 32 quotes), which takes
   * two rather than shrink below 5 pt.
   */
  pages: 1 | 2;
  /** Body type, in points. */
  bodyPt: number;
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
}

/** US Letter, landscape, 0.4 in margins (`@page sheet`): the text area in points. */
export const PAGE = { width: (11 - 0.8) * 72, height: (8.5 - 0.8) * 72 };
/** Body sizes tried, largest first (points). The print stylesheet has a rule for each. */
export const PRINT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5] as const;

/** Average advance of a character of Arial in French or English text, spaces included, in ems (a slight overestimate). */
const CHAR_EM = 0.5;
const LINE = 1.15;
/** Height kept free for what the estimate misses (fonts, rounding, captions that wrap). */
const SPARE = 0.95;

/**
 * Lines that `chars` characters take in a box `width` points wide, at `size` points, when
 * words fill `fill` of a line on average before the next one wraps (ragged right).
 */
const lines = (chars: number, width: number, size: number, fill = 1) => Math.max(1, Math.ceil((chars * CHAR_EM * size) / Math.max(width * fill, size)));
/** Quotes are set in narrow columns, where more of each line is lost to wrapping. */
const QUOTE_FILL = 0.92;

/**
 * One page if it can be done at 5 pt or more, else two. The body type first (the largest that
 * fits), then the diagram: its text as large as the body's if there is room, else down to 70 %
 * of it (a diagram as wide as the page stays at the page's width, whatever its text then
 * measures).
 */
export function fitSheet(content: SheetContent): SheetPrint {
  for (const pages of [1, 2] as const) {
    for (const size of PRINT_SIZES) {
      for (const ratio of DIAGRAM_RATIOS) {
        const fit = layoutAt(content, size, ratio);
        if (fit.estimatedPt <= PAGE.height * SPARE * pages) return { ...fit, pages };
      }
    }
  }
  // Larger than two pages even at the smallest size: no scenario is (the browser test of the
  // largest sheets would tell); print it at the smallest size, on as many pages as it takes.
  return { ...layoutAt(content, PRINT_SIZES.at(-1)!, DIAGRAM_RATIOS.at(-1)!), pages: 2 };
}

const DIAGRAM_RATIOS = [1, 0.9, 0.8, 0.7] as const;

function layoutAt(content: SheetContent, size: number, ratio: number): Omit<SheetPrint, 'pages'> {
  const line = size * LINE;
  const { width: W, height: H } = PAGE;
  const gap = size * 1.5;
  const heading = size * 1.15 * LINE + size * 0.75; // an h2 and its margins

  // The diagram: its smallest text at `ratio` of the body's, if the page allows; never more
  // than the page's width, nor more than 75 % of its height.
  const d = content.diagram;
  let scale = (size * ratio) / d.minFont;
  scale = Math.min(scale, W / d.width, (H * 0.75) / d.height);
  const diagramPercent = Math.max(10, Math.min(100, Math.floor(((d.width * scale) / W) * 20 + 1e-9) * 5));
  scale = Math.min(scale, (diagramPercent / 100) * (W / d.width));
  const diagramHeight = d.height * scale;
  const layout = diagramPercent <= 55 ? 'side' : 'stack';

  // The table: # | answers | verdict | short answer (share of its width, less cell padding).
  const table = (width: number) => {
    const cell = (share: number) => share * width - size;
    const padding = size * 0.3 + 1;
    const header = 2 * line + padding;
    return (
      header +
      content.rows.reduce(
        (sum, r) => sum + Math.max(lines(r.answers, cell(0.4), size), lines(r.verdict, cell(0.12), size), lines(r.summary, cell(0.44), size)) * line + padding,
        0,
      )
    );
  };

  // The quotes, in columns (three across the page, each group's caption once).
  const quotes = () => {
    const columns = 3;
    const column = (W - (columns - 1) * gap) / columns;
    const total = content.quotes.reduce(
      (sum, g) => sum + g.texts.reduce((s, q) => s + lines(q, column - size, size, QUOTE_FILL) * line + size * 0.2, 0) + lines(g.caption, column, size, QUOTE_FILL) * line + size * 0.4,
      0,
    );
    return total / columns + line * 2; // columns never balance exactly (a quote is not split)
  };

  const header = lines(content.header, W, size * 1.4) * size * 1.4 * LINE + line + size * 0.5;
  const citation = lines(content.citation, W, size) * line;
  const tableHeight = heading + table(layout === 'side' ? W - (diagramPercent / 100) * W - gap : W);
  const diagramPart = heading + diagramHeight;
  const body = layout === 'side' ? Math.max(diagramPart, tableHeight) : diagramPart + tableHeight;
  const quotesPart = heading + quotes() + citation;
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

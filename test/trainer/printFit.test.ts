import { describe, expect, it } from 'vitest';
import { fitSheet, ONE_PAGE_SIZES, PRINT_SIZES, type SheetPrint } from '../../src/trainer/printFit';
import { balancedHeight, PAGE, type SheetContent } from '../../src/trainer/printLayout';
import { lineCount, textWidth } from '../../src/trainer/printText';

const words = (count: number) => Array.from({ length: count }, (_, i) => ['politique', 'médias', 'sociaux', 'publier', 'compte'][i % 5]).join(' ');

/**
 * A sheet of `paths` rows and `quotes` quotes of ordinary length, with a diagram `width` × `height`
 * units; each row but the first shares answers with the row above (« … »), and all of them take
 * `inFull` times as many words.
 */
const sheet = (paths: number, quotes: number, width = 700, height = 600, inFull = 2): SheetContent => ({
  organisation: 'Élections Québec',
  title: words(8),
  rows: Array.from({ length: paths }, (_, i) => ({
    answers: i > 0 ? `… › ${words(12)}` : words(12),
    verdict: 'Oui, à certaines conditions',
    summary: words(22),
    ...(i > 0 ? { answersInFull: words(12 * inFull) } : {}),
  })),
  quotes: [{ caption: '— « Section »', texts: Array.from({ length: quotes }, () => words(20)) }],
  citation: words(15),
  headings: { diagram: 'Le schéma', table: 'Table de décision', columns: ['#', 'Situation', 'Verdict', 'Réponse courte'], quotes: 'Ce que dit la politique' },
  diagram: { width, height, minFont: 18 },
});

describe('the print font: widths and line breaks', () => {
  it('measures text with Arial’s widths: « a » is 0.556 em, a space 0.278 em, bold wider', () => {
    expect(textWidth('a', 10)).toBeCloseTo(5.56, 2);
    expect(textWidth('a a', 10)).toBeCloseTo(13.9, 2);
    expect(textWidth('Oui', 10, true)).toBeGreaterThan(textWidth('Oui', 10));
  });

  it('breaks lines at spaces, never at a non-breaking space, and counts the first line’s indent', () => {
    const word = textWidth('aaaa', 10); // 22.24 pt
    const space = textWidth(' ', 10);
    expect(lineCount('aaaa aaaa', 2 * word + space, 10)).toBe(1);
    expect(lineCount('aaaa aaaa', 2 * word + space - 0.1, 10)).toBe(2);
    expect(lineCount('aaaa\u00a0aaaa aaaa', 2 * word + space + 1, 10)).toBe(2); // « aaaa aaaa » cannot be split
    expect(lineCount('aaaa\u202faaaa', word, 10)).toBe(1); // a word too long stays on its line
    expect(lineCount('aaaa aaaa', 2 * word + space, 10, { indent: 5 })).toBe(2);
  });

  it('balances columns as the browser does: none split, the least height that holds all', () => {
    expect(balancedHeight([10, 10, 10], 3)).toBeCloseTo(10, 0);
    expect(balancedHeight([10, 10, 10, 10], 3)).toBeCloseTo(20, 0);
    expect(balancedHeight([30, 5, 5, 5], 3)).toBeCloseTo(30, 0);
  });
});

/** What the fit lets a page hold: the page, less the 4 % it keeps free. */
const ROOM = PAGE.height * 0.96;

/** The checks every plan meets: its pages and breaks agree, each page is estimated to hold, the type is 6 pt or more. */
function expectConsistent(fit: SheetPrint) {
  expect(fit.pageHeights).toHaveLength(fit.pages);
  for (const height of fit.pageHeights) expect(height).toBeLessThanOrEqual(ROOM);
  expect(fit.bodyPt).toBeGreaterThanOrEqual(6);
  expect(fit.quotesPt).toBeGreaterThanOrEqual(fit.bodyPt);
  expect(PRINT_SIZES).toContain(fit.bodyPt);
  // A page begins at each break, and nowhere else.
  expect(fit.tableBreaks.length + (fit.quotesBreak ? 1 : 0)).toBe(fit.pages - 1);
  expect(fit.tableBreaks).toEqual([...fit.tableBreaks].sort((a, b) => a - b));
  expect(new Set(fit.tableBreaks).size).toBe(fit.tableBreaks.length);
  if (fit.plan !== 'table-over') expect(fit.tableBreaks).toEqual([]);
  if (fit.plan === 'table-over') expect(fit.layout).toBe('stack');
  if (fit.onePagePt !== undefined) {
    expect(fit.pages).toBeGreaterThan(1);
    expect(ONE_PAGE_SIZES).toContain(fit.onePagePt);
  }
}

const PLAN_ORDER = ['one-page', 'quotes-apart', 'table-over'];

describe('fitting a scenario sheet to its pages', () => {
  it('a small sheet prints on one page at the largest size, its diagram beside the table', () => {
    const fit = fitSheet(sheet(3, 3));
    expect(fit).toMatchObject({ plan: 'one-page', pages: 1, bodyPt: PRINT_SIZES[0], quotesPt: PRINT_SIZES[0], layout: 'side', tableBreaks: [], quotesBreak: false });
    expect(fit.estimatedPt).toBeLessThanOrEqual(ROOM);
    expect(fit.onePagePt).toBeUndefined();
    expectConsistent(fit);
  });

  it('more to print never means fewer pages, a plan that came before, or larger type on as many pages with the same plan', () => {
    let previous: SheetPrint | undefined;
    const plans = new Set<string>();
    for (let paths = 1; paths <= 120; paths += paths < 30 ? 1 : 5) {
      const fit = fitSheet(sheet(paths, Math.min(paths, 40), 3000, 1200));
      expectConsistent(fit);
      plans.add(`${fit.plan} ${fit.pages}`);
      if (previous) {
        expect(fit.pages).toBeGreaterThanOrEqual(previous.pages);
        if (fit.pages === previous.pages) expect(PLAN_ORDER.indexOf(fit.plan)).toBeGreaterThanOrEqual(PLAN_ORDER.indexOf(previous.plan));
        if (fit.pages === previous.pages && fit.plan === previous.plan) expect(fit.bodyPt).toBeLessThanOrEqual(previous.bodyPt);
      }
      previous = fit;
    }
    // The range covers one page, the quotes apart, and a table over two pages and more.
    expect([...plans]).toEqual(expect.arrayContaining(['one-page 1', 'quotes-apart 2', 'table-over 2', 'table-over 3']));
  });

  it('a diagram far wider than the page goes above the table, at the page width; its text is then smaller than the body', () => {
    const fit = fitSheet(sheet(6, 6, 5000, 800));
    expect(fit).toMatchObject({ layout: 'stack', diagramPercent: 100 });
    expect(fit.diagramPt).toBeCloseTo((PAGE.width / 5000) * 18, 1);
    expect(fit.diagramPt).toBeLessThan(fit.bodyPt);
  });

  it('what does not fit one page at 6 pt takes two if it can: the diagram and the table, then the quotes alone in larger type', () => {
    const fit = fitSheet(sheet(15, 60, 5000, 800));
    expect(fit).toMatchObject({ plan: 'quotes-apart', pages: 2, tableBreaks: [], quotesBreak: true });
    expect(fit.estimatedPt).toBeGreaterThan(ROOM);
    const { header, diagram, table } = fit.parts;
    expect(header + diagram + table).toBeLessThanOrEqual(PAGE.height);
    expect(fit.quotesPt).toBeGreaterThan(fit.bodyPt);
    expectConsistent(fit);
  });

  it('a table too long for one page with the diagram goes on over the next pages, as few as it can at 6 pt, in the largest type that takes no more, then the quotes', () => {
    const content = sheet(40, 40, 5000, 1500);
    const fit = fitSheet(content);
    expect(fit).toMatchObject({ plan: 'table-over', layout: 'stack', pages: 3 });
    expectConsistent(fit);
    // At 6 pt the diagram and the table would not hold on one page (nor the quotes-apart plan).
    const atSix = fitSheet(content, [6]);
    expect(atSix.plan).toBe('table-over');
    expect(atSix.parts.header + atSix.parts.diagram + atSix.parts.table).toBeGreaterThan(ROOM);
    // As few pages as at 6 pt, and the next larger size would take more.
    expect(atSix.pages).toBe(fit.pages);
    expect(fit.bodyPt).toBeGreaterThan(6);
    const larger = PRINT_SIZES[PRINT_SIZES.indexOf(fit.bodyPt as (typeof PRINT_SIZES)[number]) - 1]!;
    expect(fitSheet(content, [larger]).pages).toBeGreaterThan(fit.pages);
    // The first rows under the diagram; each page but the last filled, as far as whole rows go.
    expect(fit.tableBreaks[0]).toBeGreaterThan(0);
    for (const height of fit.pageHeights.slice(0, -1)) expect(height).toBeGreaterThan(ROOM * 0.9);
    // The quotes after the last rows, at the body type, since they fit there.
    expect(fit).toMatchObject({ quotesBreak: false, quotesPt: fit.bodyPt });
    // A table whose first row does not fit under a diagram as tall as a page allows (75 % of
    // it) begins on the next page, heading and all.
    const tall = sheet(40, 40, 1000, 5000);
    tall.rows[0]!.summary = words(300);
    const fitTall = fitSheet(tall, [6]);
    expect(fitTall.plan).toBe('table-over');
    expect(fitTall.tableBreaks[0]).toBe(0);
    expectConsistent(fitTall);
  });

  it('after a table over pages, the quotes that do not fit under its last rows take a page of their own, in larger type if it holds them', () => {
    const fit = fitSheet(sheet(26, 40, 5000, 1500));
    expect(fit).toMatchObject({ plan: 'table-over', quotesBreak: true, pages: 3 });
    expect(fit.tableBreaks).toHaveLength(1);
    expect(fit.quotesPt).toBeGreaterThan(fit.bodyPt);
    expectConsistent(fit);
  });

  it('a row at the top of a page is measured with its answers in full (the row above is on the page before)', () => {
    const short = fitSheet(sheet(90, 12, 5000, 1500, 1), [6]);
    const long = fitSheet(sheet(90, 12, 5000, 1500, 12), [6]);
    expect(long.tableBreaks[0]).toBe(short.tableBreaks[0]); // the first page: no row at its top
    expect(long.pages).toBeGreaterThan(short.pages);
    expectConsistent(long);
  });

  it('quotes too many for a page of their own flow over as many pages as their columns fill', () => {
    const fit = fitSheet(sheet(60, 400, 5000, 1500));
    expect(fit).toMatchObject({ plan: 'table-over', quotesBreak: true, quotesPt: fit.bodyPt });
    const quotePages = fit.pages - fit.tableBreaks.length - 1;
    expect(quotePages).toBeGreaterThan(1);
    expect(fit.pageHeights).toHaveLength(fit.pages);
    for (const height of fit.pageHeights) expect(height).toBeLessThanOrEqual(ROOM);
  });

  it('a sheet of more than one page that would hold on one at 4 to 5.5 pt, with the same diagram, offers it; not a larger one, nor a one-page sheet', () => {
    const twoPages = fitSheet(sheet(12, 50, 5000, 800));
    expect(twoPages.pages).toBe(2);
    expect(twoPages.onePagePt).toBeGreaterThanOrEqual(4);
    expect(twoPages.onePagePt).toBeLessThan(6);
    expect(fitSheet(sheet(15, 60, 5000, 800)).onePagePt).toBeUndefined(); // too much even at 4 pt
    expect(fitSheet(sheet(90, 12, 5000, 1500)).onePagePt).toBeUndefined();
    expect(fitSheet(sheet(3, 3)).onePagePt).toBeUndefined(); // one page already
  });
});

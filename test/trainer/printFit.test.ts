import { describe, expect, it } from 'vitest';
import { balancedHeight, fitSheet, lineCount, PAGE, PRINT_SIZES, textWidth, type SheetContent } from '../../src/trainer/printFit';

const words = (count: number) => Array.from({ length: count }, (_, i) => ['politique', 'médias', 'sociaux', 'publier', 'compte'][i % 5]).join(' ');

/** A sheet of `paths` rows and `quotes` quotes of ordinary length, with a diagram `width` × `height` units. */
const sheet = (paths: number, quotes: number, width = 700, height = 600): SheetContent => ({
  organisation: 'Élections Québec',
  title: words(8),
  rows: Array.from({ length: paths }, () => ({ answers: words(12), verdict: 'Oui, à certaines conditions', summary: words(22) })),
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

describe('fitting a scenario sheet to one printed page', () => {
  it('a small sheet prints at the largest size, its diagram beside the table', () => {
    const fit = fitSheet(sheet(3, 3));
    expect(fit).toMatchObject({ pages: 1, bodyPt: PRINT_SIZES[0], quotesPt: PRINT_SIZES[0], layout: 'side' });
    expect(fit.estimatedPt).toBeLessThanOrEqual(PAGE.height);
  });

  it('more to print never means larger type, and each size chosen is estimated to fit the page', () => {
    let previous = Infinity;
    for (let paths = 1; paths <= 20; paths++) {
      const fit = fitSheet(sheet(paths, paths));
      expect(fit.pages).toBe(1);
      expect(fit.bodyPt).toBeLessThanOrEqual(previous);
      expect(fit.estimatedPt).toBeLessThanOrEqual(PAGE.height);
      previous = fit.bodyPt;
    }
    expect(previous).toBeLessThan(8);
  });

  it('a diagram far wider than the page goes above the table, at the page width; its text is then smaller than the body', () => {
    const fit = fitSheet(sheet(6, 6, 5000, 800));
    expect(fit).toMatchObject({ layout: 'stack', diagramPercent: 100 });
    expect(fit.diagramPt).toBeCloseTo((PAGE.width / 5000) * 18, 1);
    expect(fit.diagramPt).toBeLessThan(fit.bodyPt);
  });

  it('what does not fit one page at the smallest size takes two: the diagram and the table, then the quotes in larger type', () => {
    const fit = fitSheet(sheet(15, 60, 5000, 800));
    expect(fit.pages).toBe(2);
    expect(fit.bodyPt).toBeGreaterThan(PRINT_SIZES.at(-1)!);
    expect(fit.estimatedPt).toBeGreaterThan(PAGE.height);
    const { header, diagram, table, quotes } = fit.parts;
    expect(header + diagram + table).toBeLessThanOrEqual(PAGE.height);
    expect(quotes).toBeLessThanOrEqual(PAGE.height);
    expect(fit.quotesPt).toBeGreaterThan(fit.bodyPt);
  });

  it('a two-page sheet that would hold on one page at 4 or 4.5 pt offers it, with the same layout', () => {
    const fit = fitSheet(sheet(12, 50, 5000, 800));
    expect(fit).toMatchObject({ pages: 2, onePagePt: 4 });
    expect(fitSheet(sheet(15, 60, 5000, 800)).onePagePt).toBeUndefined(); // too much even at 4 pt
    expect(fitSheet(sheet(3, 3)).onePagePt).toBeUndefined(); // one page already
  });
});

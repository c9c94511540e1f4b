import { describe, expect, it } from 'vitest';
import { fitSheet, PAGE, PRINT_SIZES, type SheetContent } from '../../src/trainer/printFit';

/** A sheet of `paths` rows and `quotes` quotes of ordinary length, with a diagram `width` × `height` units. */
const sheet = (paths: number, quotes: number, width = 700, height = 600): SheetContent => ({
  header: 80,
  rows: Array.from({ length: paths }, () => ({ answers: 90, verdict: 12, summary: 160 })),
  quotes: [{ caption: 60, texts: Array.from({ length: quotes }, () => 150) }],
  citation: 120,
  diagram: { width, height, minFont: 18 },
});

describe('fitting a scenario sheet to one printed page', () => {
  it('a small sheet prints at the largest size, its diagram beside the table', () => {
    const fit = fitSheet(sheet(3, 3));
    expect(fit).toMatchObject({ pages: 1, bodyPt: PRINT_SIZES[0], layout: 'side' });
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

  it('what does not fit one page at the smallest size takes two, rather than a smaller type, and larger type on two', () => {
    const fit = fitSheet(sheet(35, 20, 5000, 800));
    expect(fit.pages).toBe(2);
    expect(fit.bodyPt).toBeGreaterThan(PRINT_SIZES.at(-1)!);
    expect(fit.estimatedPt).toBeGreaterThan(PAGE.height);
    expect(fit.estimatedPt).toBeLessThanOrEqual(2 * PAGE.height);
  });
});

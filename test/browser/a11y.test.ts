import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { expectNoAxeViolations, h1Text, setUpBrowser } from './browser';
import { answerByKeyboard, focusedHeading } from './keyboard';
import { scenarioPath } from '../../src/routes';
import { allScenarioPaths } from './scenarios';
import { organisations, scenarios } from '../../machines/index';

const browser = setUpBrowser();
const all = await allScenarioPaths();

// html-validate reads every prerendered page for structure, ids, labels, landmarks and ARIA
// (html-validate.test.ts). axe-core, in Chromium with the app running, then checks what only a
// rendered page shows (contrast, focus, names as computed): one page of each template, in
// both languages, and each scenario's longest ending (the most answers, quotes and steps). The
// trainer, search, record and « Mes décisions » pages have their own axe checks in their files.
const longestOf = (paths: string[][]) => paths.reduce((a, b) => (b.length > a.length ? b : a));

describe.each(LANGUAGES)('accessibility in %s (axe-core, WCAG 2.2 A and AA)', (lang) => {
  it('one page of each template has no violation', async () => {
    const { page, context } = await browser.newPage();
    const { id, paths } = all[0]!;
    const longest = longestOf(paths);
    const templates =
      lang === 'fr'
        ? ['/fr/', '/fr/a-propos/', '/fr/comparer/', '/fr/autre/eq/', '/fr/inconnu/', '/fr/recherche/', '/fr/elections-quebec/', '/fr/baie-comeau/']
        : ['/en/', '/en/about/', '/en/compare/', '/en/other/eq/', '/en/unknown/', '/en/search/', '/en/ontario/', '/en/commission-ethique/'];
    // A first question, a later question and an ending.
    for (const url of [...templates, scenarioPath(lang, id, []), scenarioPath(lang, id, longest.slice(0, -1)), scenarioPath(lang, id, longest)]) {
      await page.goto(url);
      await h1Text(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expectNoAxeViolations(page, url);
    }
    await context.close();
  });
});

describe("accessibility of each scenario's longest ending (axe-core, French)", () => {
  it.each(all)('$id', async ({ id, paths }) => {
    const { page, context } = await browser.newPage();
    const url = scenarioPath('fr', id, longestOf(paths));
    await page.goto(url);
    await h1Text(page);
    await expectNoAxeViolations(page, url);
    await context.close();
  });
});

describe('keyboard only: one path per scenario, focus on each new h1', () => {
  it.each(all)('$id', async ({ id, paths }) => {
    const { page, context } = await browser.newPage();
    const answers = paths.reduce((a, b) => (b.length > a.length ? b : a));
    await page.goto(scenarioPath('fr', id, []));
    for (const answer of answers) {
      const before = await h1Text(page);
      await answerByKeyboard(page, answer);
      const after = await focusedHeading(page);
      expect(after).not.toBe(before);
    }
    expect(new URL(page.url()).pathname).toBe(scenarioPath('fr', id, answers));
    expect(await page.locator('.verdict h1').count()).toBe(1);
    await context.close();
  });
});

describe('reflow: 320 px wide and 200 % zoom without horizontal scrolling', () => {
  // 320 CSS px is 1280 px at 400 %; 640 CSS px is 1280 px at 200 %. At 320 px (the narrower,
  // where a long word or table overflows first) every scenario's longest ending; at 200 % the
  // same pages' layout at 640 px, one scenario per organisation.
  const perOrganisation = new Set(organisations.map((o) => scenarios.find((s) => s.organisation === o.id)!.id));
  it.each([
    { width: 320, zoom: 1, which: () => all },
    { width: 1280, zoom: 2, which: () => all.filter(({ id }) => perOrganisation.has(id)) },
  ])('$width px at $zoom×', { timeout: 180_000 }, async ({ width, zoom, which }) => {
    const { page, context } = await browser.newPage({ viewport: { width: width / zoom, height: 800 }, deviceScaleFactor: zoom });
    // The ending of each scenario's longest path (the most answers to list), in French.
    const longest = which().map(({ id, paths }) => scenarioPath('fr', id, longestOf(paths)));
    for (const url of ['/fr/', '/fr/comparer/', '/en/compare/', '/en/eq-relation-politique/', '/fr/eq-manquement-personnel/', ...longest]) {
      await page.goto(url);
      await h1Text(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

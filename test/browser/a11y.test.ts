import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { expectNoAxeViolations, h1Text, setUpBrowser } from './browser';
import { answerByKeyboard, focusedHeading } from './keyboard';
import { scenarioPath } from '../../src/routes';
import { allScenarioPaths } from './scenarios';
import { findScenario } from '../../machines/index';
import { walkedEndings } from '../../src/engine/paths';

const browser = setUpBrowser();
const all = await allScenarioPaths();

describe.each(LANGUAGES)('accessibility in %s (axe-core, WCAG 2.2 A and AA)', (lang) => {
  // Every ending in French (the source language), once each (by the first path that reaches it:
  // another path changes only the answers listed); in English, which has the same markup, the
  // first question and the longest path's ending (with 44 scenarios, every ending twice would
  // double the suite's longest part for little more).
  it.each(all)('$id: first question and endings have no violation', async ({ id, paths }) => {
    const { page, context } = await browser.newPage();
    const firstPathTo = new Map<string, string[]>();
    for (const position of walkedEndings((await findScenario(id)!.load()).default)) {
      if (!firstPathTo.has(position.state)) firstPathTo.set(position.state, position.trail.map((step) => step.answer.event));
    }
    const endings = lang === 'fr' ? [...firstPathTo.values()] : [paths.reduce((a, b) => (b.length > a.length ? b : a))];
    const urls = [scenarioPath(lang, id, []), ...endings.map((answers) => scenarioPath(lang, id, answers))];
    for (const url of new Set(urls)) {
      await page.goto(url);
      await h1Text(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expectNoAxeViolations(page, url);
    }
    await context.close();
  });

  it('home, about and « not in the list » pages have no violation', async () => {
    const { page, context } = await browser.newPage();
    for (const url of lang === 'fr' ? ['/fr/', '/fr/a-propos/', '/fr/comparer/', '/fr/autre/eq/', '/fr/inconnu/'] : ['/en/', '/en/about/', '/en/compare/', '/en/other/eq/', '/en/unknown/']) {
      await page.goto(url);
      await h1Text(page);
      await expectNoAxeViolations(page, url);
    }
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
  // 320 CSS px is 1280 px at 400 %; 640 CSS px is 1280 px at 200 %.
  it.each([
    { width: 320, zoom: 1 },
    { width: 1280, zoom: 2 },
  ])('$width px at $zoom×', { timeout: 180_000 }, async ({ width, zoom }) => {
    const { page, context } = await browser.newPage({ viewport: { width: width / zoom, height: 800 }, deviceScaleFactor: zoom });
    // The ending of each scenario's longest path (the most answers to list), in French.
    const longest = all.map(({ id, paths }) => scenarioPath('fr', id, paths.reduce((a, b) => (b.length > a.length ? b : a))));
    for (const url of ['/fr/', '/fr/comparer/', '/en/compare/', '/en/eq-relation-politique/', '/fr/eq-manquement-personnel/', ...longest]) {
      await page.goto(url);
      await h1Text(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('reduced motion', () => {
  it('nothing animates or transitions when the user asks for reduced motion', async () => {
    const { page, context } = await browser.newPage({ reducedMotion: 'reduce' });
    await page.goto('/fr/eq-relation-politique/ds/personne/oui/');
    await h1Text(page);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el))
        .filter((s) => parseFloat(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0.001))
        .length,
    );
    expect(moving).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
  });
});

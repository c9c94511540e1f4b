import { describe, expect, it } from 'vitest';
import { organisations } from '../../machines/index';
import { scenarioPath } from '../../src/routes';
import { appReady, setUpBrowser } from './browser';
import { allScenarioPaths } from './scenarios';

/**
 * An ending puts what to do first (steps, points to weigh, whom to ask before the reason and
 * the quotes), and on English pages follows each French quote with an unofficial rendering.
 */
const browser = setUpBrowser();
const all = await allScenarioPaths();
const onePerOrganisation = organisations.map((o) => all.find((s) => s.id.startsWith(`${o.id}-`))!);

describe('an ending', () => {
  it.each(onePerOrganisation.map((s) => [s.id, s.paths[0]!] as const))('%s in English: each French quote, then its unofficial English rendering', async (id, answers) => {
    const { page, context } = await browser.newPage();
    await page.goto(scenarioPath('en', id, answers));
    await appReady(page);
    const figures = page.locator('.policy-quote');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const parts = await figure.evaluate((f) => [...f.children].map((c) => ({ tag: c.tagName, lang: c.getAttribute('lang'), text: c.textContent?.trim() ?? '' })));
      expect(parts[0]).toMatchObject({ tag: 'BLOCKQUOTE', lang: 'fr' });
      expect(parts[1]).toMatchObject({ tag: 'P', lang: 'en' });
      expect(parts[1]!.text).toMatch(/^Unofficial translation: \S/);
    }
    await context.close();
  });

  it('in French, shows the policy’s words only', async () => {
    const { page, context } = await browser.newPage();
    const { id, paths } = onePerOrganisation[0]!;
    await page.goto(scenarioPath('fr', id, paths[0]!));
    await appReady(page);
    expect(await page.locator('.policy-quote blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('.quote-rendering').count()).toBe(0);
    await context.close();
  });

  it('with points to weigh: the steps, the points and whom to ask come before the reason and the quotes', async () => {
    const { page, context } = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const { id, paths } = all.find((s) => s.id === 'on-mes3-diffusion-direct')!;
    await page.goto(scenarioPath('fr', id, paths[0]!));
    await appReady(page);
    const headings = await page.locator('main h2').allInnerTexts();
    const at = (name: string) => headings.findIndex((h) => h.startsWith(name));
    expect(at('Ce qu')).toBeGreaterThanOrEqual(0);
    expect(at('Ce qu')).toBeLessThan(at('Points à prendre'));
    expect(at('Points à prendre')).toBeLessThan(at('Qui consulter'));
    expect(at('Qui consulter')).toBeLessThan(at('Pourquoi'));
    expect(at('Pourquoi')).toBeLessThan(at('Ce que dit la politique'));
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { h1Text, setUpBrowser } from './browser';
import { organisations, scenarios } from '../../machines/index';
import { allScenarioPaths, walkFromHome } from './scenarios';

const browser = setUpBrowser();
const all = await allScenarioPaths();
const englishToo = new Set(organisations.map((o) => scenarios.find((s) => s.organisation === o.id)!.id));

describe('privacy and security', () => {
  it('a walk of every scenario (in English, one per organisation) requests nothing from another origin and sets no cookie', { timeout: 300_000 }, async () => {
    const { page, context } = await browser.newPage();
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const inlineScripts: string[] = [];
    for (const lang of LANGUAGES) {
      await page.goto(`/${lang}/`);
      await h1Text(page);
      // One path per scenario (its longest): every page and download kind is met on the way
      // (in English, the same pages with other texts, one scenario per organisation); every
      // ending is read without script in nojs.test.ts.
      const walked = lang === 'fr' ? all : all.filter(({ id }) => englishToo.has(id));
      for (const { id, paths } of walked) await walkFromHome(page, lang, id, paths.reduce((a, b) => (b.length > a.length ? b : a)));
      inlineScripts.push(...(await page.$$eval('script:not([src])', (scripts) => scripts.map((s) => s.outerHTML))));
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    }
    const origin = new URL(browser.baseURL()).origin;
    const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(inlineScripts).toEqual([]);
    await context.close();
  });

  it('every page carries a strict Content-Security-Policy: self only, no inline script, no eval', async () => {
    const { page, context } = await browser.newPage();
    for (const url of ['/fr/', '/en/eq-relation-politique/', '/fr/nimporte/']) {
      await page.goto(url);
      await h1Text(page);
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(csp, url).not.toContain('unsafe-eval');
      // An inline script slipped into the page does not run.
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true';
        document.head.append(script);
        await new Promise((r) => setTimeout(r, 50));
        return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
      });
      expect(ran, url).toBe(false);
    }
    await context.close();
  });
});

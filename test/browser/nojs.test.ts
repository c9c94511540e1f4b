import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { scenarioTextFile } from '../../tooling/machine-files';
import { findScenario, organisations, scenarios } from '../../machines/index';
import { stepPaths } from '../../engine/paths';
import { walk } from '../../engine/walk';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { scenarioPath } from '../../src/routes';
import { appReady, h1Text, setUpBrowser } from './browser';
import { allScenarioPaths } from './scenarios';

const browser = setUpBrowser();
const all = await allScenarioPaths();

const texts = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const lookup = (messages: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages) as string;
const common = (lang: Language) => texts(`src/i18n/locales/${lang}/common.json`);
const scenarioTexts = (id: string, lang: Language) => texts(scenarioTextFile(findScenario(id)!.organisation, id, lang));

/** The h1 of raw HTML, as text. */
function rawH1(html: string): string | undefined {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match?.[1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Raw HTML as text: tags dropped, the entities React writes decoded, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const hrefs = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('without a browser: the HTML sent for any step is that step, and its links walk on', () => {
  // Every step of every scenario, in both languages, read as a browser with JavaScript off
  // gets it: its own h1; a link per answer to the next step's own page; « Retour » to the step
  // before; the language switch to the same step; on an ending, the verdict and the reason.
  // Following each link is then reading the page at its address, which this checks for every
  // page: together, every path of every scenario walks to its ending on HTML alone.
  it.each(scenarios.map((s) => s.id))('%s', async (id) => {
    const entry = findScenario(id)!;
    const machine = (await entry.load()).default;
    let checked = 0;
    for (const lang of LANGUAGES) {
      const other = lang === 'fr' ? 'en' : 'fr';
      for (const answers of stepPaths(machine)) {
        const path = scenarioPath(lang, id, answers);
        const response = await fetch(inject('baseURL') + path);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html).toContain(`<html lang="${lang}">`);
        const position = walk(machine, answers);
        if (position.kind === 'invalid') throw new Error(`${path} is not a step`);
        const expectedH1 =
          position.kind === 'question' ? lookup(scenarioTexts(id, lang), position.meta.question) : lookup(common(lang), `ending.verdict.${position.meta.verdict}`);
        expect(rawH1(html), path).toContain(normal(expectedH1));
        const answerLinks = [...html.matchAll(/<a data-answer="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
        if (position.kind === 'question') {
          expect(answerLinks, path).toEqual(position.meta.options.map((o) => [o.event, scenarioPath(lang, id, [...answers, o.event])]));
        } else {
          expect(answerLinks, path).toEqual([]);
          expect(textOf(html), path).toContain(normal(lookup(scenarioTexts(id, lang), position.meta.reason)));
        }
        if (answers.length > 0) expect(hrefs(html, /<a href="([^"]+)" class="back-link"/g), path).toEqual([scenarioPath(lang, id, answers.slice(0, -1))]);
        expect(hrefs(html, /<a lang="[a-z]+" hrefLang="[a-z]+" aria-label="[^"]*" href="([^"]+)" class="language-switch"/g), path).toEqual([scenarioPath(other, id, answers)]);
        checked++;
      }
    }
    expect(checked).toBe(stepPaths(machine).length * LANGUAGES.length);
  });
});

describe('with JavaScript off in Chromium, the links walk', () => {
  // The real browser, clicking: each scenario's longest path in French, and one scenario per
  // organisation in English (every page's links are read above, in both languages).
  const englishToo = new Set(organisations.map((o) => scenarios.find((s) => s.organisation === o.id)!.id));
  it.each(LANGUAGES.flatMap((lang) => all.filter((s) => lang === 'fr' || englishToo.has(s.id)).map((s) => ({ lang, ...s }))))('$lang: $id', async ({ lang, id, paths }) => {
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    const machine = (await findScenario(id)!.load()).default;
    const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
    await page.goto(scenarioPath(lang, id, []));
    for (const [i, answer] of longest.entries()) {
      await page.locator(`a.answer[data-answer="${answer}"]`).click();
      await page.waitForURL((url) => url.pathname === scenarioPath(lang, id, longest.slice(0, i + 1)));
    }
    const ending = walk(machine, longest);
    if (ending.kind !== 'ending') throw new Error(`${id}: ${longest.join('/')} is not an ending`);
    expect(await page.locator('.verdict-text').innerText()).toBe(lookup(common(lang), `ending.verdict.${ending.meta.verdict}`));
    expect(normal(await page.locator('main').innerText())).toContain(normal(lookup(scenarioTexts(id, lang), ending.meta.reason)));
    // « Retour » and the language switch are plain links too (« Modifier » and « Recommencer »
    // are the same kind of link, to an earlier step's path).
    const before = longest.length > 0 ? longest.slice(0, -1) : longest;
    if (longest.length > 0) {
      await page.locator('a.back-link').click();
      await page.waitForURL((url) => url.pathname === scenarioPath(lang, id, before));
    }
    await page.locator('a.language-switch').click();
    await page.waitForURL((url) => url.pathname === scenarioPath(lang === 'fr' ? 'en' : 'fr', id, before));
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined(); // no script ran
    await context.close();
  });
});

describe('prerendered pages and the app', () => {
  it('hydrate without a mismatch, and the app then walks on', async () => {
    const { page, context } = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    for (const path of ['/fr/', '/en/about/', '/fr/eq-relation-politique/ds/personne/', '/en/eq-relation-politique/ds/personne/oui/']) {
      await page.goto(path);
      await appReady(page);
    }
    await page.goto('/fr/eq-relation-politique/');
    await appReady(page);
    await page.locator('a.answer[data-answer="ds"]').click();
    await page.waitForURL('**/fr/eq-relation-politique/ds/');
    await page.locator('h1', { hasText: 'De quelle page' }).waitFor();
    expect(messages).toEqual([]);
    await context.close();
  });

  it('an old link with the answers in `?r=` opens the step it named, at its new address', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/eq-relation-politique/?r=ds.personne');
    await page.waitForURL('**/fr/eq-relation-politique/ds/personne/');
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    await context.close();
  });
});

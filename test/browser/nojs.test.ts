import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { scenarioTextFile } from '../../tooling/machine-files';
import { findScenario, scenarios } from '../../machines/index';
import { stepPaths } from '../../src/engine/paths';
import { walk } from '../../src/engine/walk';
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

describe('with JavaScript off, every scenario walks to its endings', () => {
  it.each(LANGUAGES.flatMap((lang) => all.map((s) => ({ lang, ...s }))))('$lang: $id', async ({ lang, id, paths }) => {
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    const machine = (await scenarios.find((s) => s.id === id)!.load()).default;
    // Every ending in French; in English (the same pages, other texts) the longest path, so
    // that the suite stays within its time with 44 scenarios. The raw-HTML test below still
    // reads every step in both languages.
    const walked = lang === 'fr' ? paths : [paths.reduce((a, b) => (b.length > a.length ? b : a))];
    // Each step's link is followed once: a path starts from the furthest step an earlier path
    // already reached by its link (depth first, as the paths come).
    const reached = new Set<string>();
    for (const answers of walked) {
      let start = answers.length;
      while (start > 0 && !reached.has(scenarioPath(lang, id, answers.slice(0, start)))) start--;
      if (start === answers.length) start--; // the ending itself: reach it by its link again
      await page.goto(scenarioPath(lang, id, answers.slice(0, start)));
      for (const [i, answer] of answers.entries()) {
        if (i < start) continue;
        await page.locator(`a.answer[data-answer="${answer}"]`).click();
        await page.waitForURL((url) => url.pathname === scenarioPath(lang, id, answers.slice(0, i + 1)));
        reached.add(scenarioPath(lang, id, answers.slice(0, i + 1)));
      }
      const ending = walk(machine, answers);
      if (ending.kind !== 'ending') throw new Error(`${id}: ${answers.join('/')} is not an ending`);
      const label = lookup(common(lang), `ending.verdict.${ending.meta.verdict}`);
      expect(await page.locator('.verdict-text').innerText(), `${id}/${answers.join('/')}`).toBe(label);
      expect(await page.locator('main').innerText()).toContain(lookup(scenarioTexts(id, lang), ending.meta.reason));
    }
    // « Retour » and the language switch are plain links too (« Modifier » and « Recommencer »
    // are the same kind of link, to an earlier step's path).
    const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
    await page.goto(scenarioPath(lang, id, longest));
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

describe('the HTML sent for any step is that step (no browser, no script)', () => {
  it('every later step and every ending, in both languages, holds its own h1 in the raw HTML', async () => {
    let checked = 0;
    for (const entry of scenarios) {
      const machine = (await entry.load()).default;
      for (const lang of LANGUAGES) {
        for (const answers of stepPaths(machine)) {
          const response = await fetch(inject('baseURL') + scenarioPath(lang, entry.id, answers));
          expect(response.status).toBe(200);
          const html = await response.text();
          const position = walk(machine, answers);
          const expected =
            position.kind === 'question'
              ? lookup(scenarioTexts(entry.id, lang), position.meta.question)
              : position.kind === 'ending'
                ? lookup(common(lang), `ending.verdict.${position.meta.verdict}`)
                : 'invalid';
          expect(rawH1(html), `${lang} ${entry.id}/${answers.join('/')}`).toContain(expected.replace(/\s+/g, ' '));
          expect(html).toContain(`<html lang="${lang}">`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(scenarios.length * 2 * 2);
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

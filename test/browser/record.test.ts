import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { commonTexts, scenarioTextFile } from '../../tooling/machine-files';
import { findScenario, scenarios } from '../../machines/index';
import type { EndingMeta } from '../../engine/model';
import { endingPaths } from '../../engine/paths';
import { walk } from '../../engine/walk';
import type { Language } from '../../src/i18n/languages';
import { scenarioPath } from '../../src/routes';
import { appReady, expectNoAxeViolations, setUpBrowser } from './browser';

const browser = setUpBrowser();

type Texts = Record<string, unknown>;
const get = (texts: Texts, key: string): unknown => key.split('.').reduce<unknown>((v, k) => (v as Texts | undefined)?.[k], texts);
const str = (texts: Texts, key: string, values: Record<string, string> = {}) =>
  String(get(texts, key)).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);

/** The record as it must read, built from the text files and the machine, independently of the app's code. */
async function expectedRecord(lang: Language, id: string, answers: string[], checked: string[], date: string, link: string): Promise<string[]> {
  const entry = findScenario(id)!;
  const machine = (await entry.load()).default;
  const position = walk(machine, answers);
  if (position.kind !== 'ending') throw new Error(`${id}/${answers.join('/')} is not an ending`);
  const meta = position.meta as EndingMeta;
  const s = JSON.parse(readFileSync(scenarioTextFile(entry.organisation, id, lang), 'utf8')) as Texts;
  const c = commonTexts(lang).texts;
  const org = (key: string) => str(c, `org.${entry.organisation}.${key}`);
  const ENDING_HEADINGS: Record<string, string> = { answers: 'yourAnswers', noQuestion: 'noQuestion', action: 'action', contact: 'contact', source: 'citation', quotes: 'quotes' };
  const label = (key: string) => str(c, key in ENDING_HEADINGS ? `ending.${ENDING_HEADINGS[key]}` : `record.text.${key}`);
  const action = get(s, meta.action);
  const steps = Array.isArray(action) ? action.map(String) : [String(action)];
  return [
    str(c, 'record.text.heading', { guide: str(c, 'app.name') }),
    `${label('situation')} ${str(s, 'title')}`,
    `${label('organisation')} ${org('name')}`,
    '',
    label('answers'),
    ...position.trail.flatMap((step, i) => [`${i + 1}. ${str(s, step.question.question)}`, `   ${label('yourAnswer')} ${str(s, step.answer.label)}`]),
    '',
    `${label('verdict')} ${str(c, `ending.verdict.${meta.verdict}`)} – ${str(c, `ending.verdictExplained.${meta.verdict}`)}`,
    str(s, meta.summary),
    '',
    label('action'),
    ...(steps.length === 1 ? steps : steps.map((step, i) => `${i + 1}. ${step}`)),
    '',
    label('contact'),
    org(`contacts.${meta.contact}`),
    '',
    label('source'),
    str(c, 'ending.citationDocument', { policy: org('policy'), organisation: org('name'), date: org('date') }),
    ...meta.citation.sections.map((section) => `- ${str(s, section)}`),
    '',
    label('quotes'),
    ...meta.quotes.flatMap((q) => [`« ${q.text} »`, str(c, 'ending.quoteSource', { section: str(s, q.section) })]),
    ...(checked.length ? ['', label('checked'), ...checked.map((item) => `[x] ${item}`)] : []),
    '',
    `${label('date')} ${date}`,
    `${label('link')} ${link}`,
    '',
  ];
}

/** An ending with a checklist when any scenario has one (its items are ticked in the tests), else a plain one. */
async function anEnding(): Promise<{ id: string; answers: string[]; checklist: string[] }> {
  for (const s of scenarios) {
    const machine = (await s.load()).default;
    for (const answers of endingPaths(machine)) {
      const position = walk(machine, answers);
      if (position.kind === 'ending' && position.meta.checklist?.length) return { id: s.id, answers, checklist: position.meta.checklist };
    }
  }
  return { id: 'eq-relation-politique', answers: ['ds', 'personne', 'oui'], checklist: [] };
}

/**
 * Every ending of every scenario in one language, longest first: the length of all the text
 * its page prints with every point to weigh ticked (situation, questions and answers, short
 * answer, what to do, alternative, why, quotes and their sections, whom to ask, sections
 * cited, points to weigh), from the text files and the machines.
 */
async function longestEndings(lang: Language): Promise<{ lang: Language; id: string; answers: string[]; length: number }[]> {
  const c = commonTexts(lang).texts;
  const endings: { lang: Language; id: string; answers: string[]; length: number }[] = [];
  for (const entry of scenarios) {
    const machine = (await entry.load()).default;
    const s = JSON.parse(readFileSync(scenarioTextFile(entry.organisation, entry.id, lang), 'utf8')) as Texts;
    for (const answers of endingPaths(machine)) {
      const position = walk(machine, answers);
      if (position.kind !== 'ending') continue;
      const meta = position.meta as EndingMeta;
      const texts = [
        str(s, 'title'),
        ...position.trail.flatMap((step) => [str(s, step.question.question), str(s, step.answer.label)]),
        str(s, meta.summary),
        ...[get(s, meta.action)].flat().map(String),
        str(s, meta.alternative),
        str(s, meta.reason),
        ...meta.quotes.flatMap((q) => [q.text, str(s, q.section)]),
        str(c, `org.${entry.organisation}.contacts.${meta.contact}`),
        ...meta.citation.sections.map((section) => str(s, section)),
        ...(meta.checklist ?? []).map((item) => str(s, item)),
      ];
      endings.push({ lang, id: entry.id, answers, length: texts.join('').length });
    }
  }
  return endings.sort((a, b) => b.length - a.length);
}

const today = (lang: Language) => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' }).format(new Date());

async function openEnding(page: Page, lang: Language, id: string, answers: string[]) {
  await page.goto(scenarioPath(lang, id, answers));
  await appReady(page);
  await page.locator('.record-actions').waitFor();
}

/** Ticks every other checklist item; returns the labels ticked. */
async function tickSome(page: Page): Promise<string[]> {
  const boxes = page.locator('.checklist input[type=checkbox]');
  const ticked: string[] = [];
  for (let i = 0; i < (await boxes.count()); i += 2) {
    await boxes.nth(i).check();
    ticked.push((await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).innerText()).trim());
  }
  return ticked;
}

describe('the decision record on an ending', () => {
  it.each(['fr', 'en'] as const)('« Copier le résumé » copies the whole record, line by line (%s)', async (lang) => {
    const { id, answers } = await anEnding();
    const { page, context } = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openEnding(page, lang, id, answers);
    const ticked = await tickSome(page);
    await page.locator('.record-actions button').nth(0).click();
    await expect.poll(() => page.locator('.record-status').innerText()).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = await expectedRecord(lang, id, answers, ticked, today(lang), new URL(scenarioPath(lang, id, answers), browser.baseURL()).href);
    const lines = copied.split('\n');
    expected.forEach((line, i) => expect(lines[i], `line ${i + 1}`).toBe(line));
    expect(lines.length).toBe(expected.length);
    await context.close();
  });

  it('« Télécharger » saves the same text as a .txt file', async () => {
    const { id, answers } = await anEnding();
    const { page, context } = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    await openEnding(page, 'fr', id, answers);
    const ticked = await tickSome(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (.txt)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${id}-${new Date().toISOString().slice(0, 10)}.txt`);
    // The browser is the run's shared one, connected to: its files are saved here to be read.
    const file = join(mkdtempSync(join(tmpdir(), 'record-')), download.suggestedFilename());
    await download.saveAs(file);
    const saved = readFileSync(file, 'utf8');
    const expected = await expectedRecord('fr', id, answers, ticked, today('fr'), new URL(scenarioPath('fr', id, answers), browser.baseURL()).href);
    expect(saved.split('\n')).toEqual(expected);
    await expect.poll(() => page.locator('.record-status').innerText()).toContain('.txt');
    await context.close();
  });

  it('« Imprimer » prints a clean record: no controls, only the ticked items, the date and the link; one page for a usual ending', async () => {
    const usual = { id: 'eq-relation-politique', answers: ['ds', 'personne', 'oui'] };
    const { id, answers, checklist } = await anEnding();
    const { page, context } = await browser.newPage();
    const pages = async () => ((await page.pdf({ format: 'Letter' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

    await openEnding(page, 'fr', usual.id, usual.answers);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.back-link', '.record-actions', '.record h2', '.record-kept', '.summary-action', '.link-list', '.search']) {
      for (const element of await page.locator(hidden).all()) expect(await element.isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.verdict h1').isVisible()).toBe(true);
    const printed = page.locator('.record-printed');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toContain(new URL(scenarioPath('fr', usual.id, usual.answers), browser.baseURL()).href);
    expect(await pages(), 'printed pages of a usual ending').toBe(1);

    // An ending with points to weigh: the ticked ones print, ticked; the others do not.
    await page.emulateMedia({ media: 'screen' });
    await openEnding(page, 'fr', id, answers);
    const ticked = await tickSome(page);
    await page.emulateMedia({ media: 'print' });
    if (checklist.length) {
      const items = page.locator('.checklist li');
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        expect(await item.isVisible()).toBe(ticked.includes((await item.innerText()).trim()));
      }
      expect(await page.locator('.checklist input:checked').first().isVisible()).toBe(true);
    }
    expect(await pages(), 'printed pages of an ending with points to weigh').toBe(1);
    await context.close();
  });

  it('« Imprimer » fits the longest endings on one Letter page, every point ticked, nothing left out, nothing under 8.5 pt', async () => {
    const longest = [...(await longestEndings('fr')).slice(0, 5), ...(await longestEndings('en')).slice(0, 2)];
    const { page, context } = await browser.newPage();
    for (const { lang, id, answers, length } of longest) {
      const label = `${lang}/${id}/${answers.join('/')} (${length} characters)`;
      await page.emulateMedia({ media: 'screen' });
      await openEnding(page, lang, id, answers);
      for (const box of await page.locator('.checklist input[type=checkbox]').all()) await box.check();
      await page.emulateMedia({ media: 'print' });
      // What the record must carry is printed: the whole ending, every ticked point, the date and the link.
      for (const part of ['.verdict .caption', '.verdict h1', '.verdict-explained', '.ending-summary', '.policy-quote blockquote', '.policy-quote figcaption', '.citation-sections', '.record-printed']) {
        for (const element of await page.locator(part).all()) expect(await element.isVisible(), `${label}: ${part}`).toBe(true);
      }
      // Each part under its heading: what to do, alternative, why, quotes, whom to ask, source, your answers.
      const hidden = await page.locator('main > h2').evaluateAll((headings) =>
        headings.filter((h) => !h.checkVisibility() || !h.nextElementSibling?.checkVisibility()).map((h) => h.textContent),
      );
      expect(hidden, `${label}: parts not printed`).toEqual([]);
      const items = page.locator('.checklist li');
      for (let i = 0; i < (await items.count()); i++) expect(await items.nth(i).isVisible(), `${label}: point ${i + 1}`).toBe(true);
      // Legible: no visible text below 8.5 pt (11.33 px).
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!;
          if (!node.textContent!.trim() || !element.checkVisibility() || element.closest('.visually-hidden')) continue;
          min = Math.min(min, parseFloat(getComputedStyle(element).fontSize));
        }
        return Math.round(((min * 72) / 96) * 100) / 100;
      });
      expect(smallest, `${label}: smallest type, in points`).toBeGreaterThanOrEqual(8.5);
      const pdf = await page.pdf({ format: 'Letter' });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, `${label}: printed pages`).toBe(1);
    }
    await context.close();
  });

  it('« Partager le lien » uses the Web Share API where there is one, else copies the link', async () => {
    const { id, answers } = await anEnding();
    const link = new URL(scenarioPath('fr', id, answers), browser.baseURL()).href;
    const { page, context } = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      (window as unknown as { shared: ShareData[] }).shared = [];
      navigator.share = async (data?: ShareData) => void (window as unknown as { shared: ShareData[] }).shared.push(data!);
    });
    await openEnding(page, 'fr', id, answers);
    await page.getByRole('button', { name: 'Partager le lien' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { title: await page.locator('.verdict .caption-situation').innerText(), text: await page.locator('.ending-summary').innerText(), url: link },
    ]);
    await context.close();

    const other = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await other.page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    await openEnding(other.page, 'fr', id, answers);
    await other.page.getByRole('button', { name: 'Partager le lien' }).click();
    await expect.poll(() => other.page.locator('.record-status').innerText()).toContain('lien');
    expect(await other.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await other.context.close();
  });

  it('a refused clipboard shows the text selected, to copy by hand', async () => {
    const { id, answers } = await anEnding();
    const { page, context } = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await openEnding(page, 'fr', id, answers);
    await page.getByRole('button', { name: 'Copier le résumé' }).click();
    const box = page.getByRole('textbox', { name: 'Texte à copier' });
    await box.waitFor();
    expect((await box.inputValue()).split('\n')[1]).toContain('Situation');
    await context.close();
  });

  it('has no buttons without JavaScript (they could not work), and the ending is whole', async () => {
    const { id, answers } = await anEnding();
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(scenarioPath('fr', id, answers));
    expect(await page.locator('.verdict h1').count()).toBe(1);
    expect(await page.locator('.record').count()).toBe(0);
    await context.close();
  });

  it('passes axe with the record block', async () => {
    const { id, answers } = await anEnding();
    const { page, context } = await browser.newPage();
    await openEnding(page, 'fr', id, answers);
    await expectNoAxeViolations(page, 'ending with its record block');
    await context.close();
  });
});

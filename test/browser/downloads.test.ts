import { readFileSync, readdirSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { h1Text, setUpBrowser } from './browser';

/**
 * A file the page needs fails to download (network error, 404, or the HTML page a static
 * host sends for a file that a redeploy removed): the page says so within 2 s, asks for the
 * file a handful of times only (not in a loop), and « Réessayer » shows the page once the file
 * is back, without reloading and at the same address.
 */
const browser = setUpBrowser();

const assets = readdirSync('dist/assets');
function asset(pattern: RegExp, containing?: string): string {
  const found = assets.filter((f) => pattern.test(f) && (!containing || readFileSync(`dist/assets/${f}`, 'utf8').includes(containing)));
  if (found.length !== 1) throw new Error(`expected one asset matching ${pattern} ${containing ?? ''}, found ${found.join(', ') || 'none'}`);
  return found[0]!;
}

const MESSAGE = "Une partie du guide n'a pas pu être téléchargée";
const SCENARIO = '/fr/eq-relation-politique/';
const FIRST_QUESTION = { fr: 'Quel est votre rôle ?', en: 'What is your role?' };
/**
 * The home page's search starts the app (src/ui/home/start.ts); its results are then the app's
 * links, and a click on one a client-side navigation to the scenario's first question.
 */
const FROM_SEARCH = { query: 'ami avec une personne élue', href: SCENARIO };

const kinds = [
  { kind: 'scenario machine', file: asset(/^machine-eq-eq-relation-politique-[\w-]+\.js$/) },
  { kind: 'walker (ScenarioPage)', file: asset(/^ScenarioPage-[\w-]+\.js$/) },
  { kind: 'scenario texts (fr)', file: asset(/^eq-relation-politique\.fr-[\w-]+\.js$/) },
  { kind: 'common texts', file: asset(/^common-[\w-]+\.js$/, 'Chargement'), english: asset(/^common-[\w-]+\.js$/, 'Loading…') },
];

const failures: Record<string, (route: Route) => Promise<void>> = {
  'network error': (route) => route.abort(),
  'HTML instead of JS (redeploy)': (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="fr"><title>Guide</title><div id="root"></div></html>' }),
  '404': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
};

/** Waits for the app to have taken over the page (its links are React's), so a click is a client-side navigation. */
async function appStarted(page: Page, selector: string) {
  await page.waitForFunction((s) => Object.keys(document.querySelector(s) ?? {}).some((k) => k.startsWith('__reactProps')), selector);
}

const measured: string[] = [];
afterAll(() => {
  console.log(['kind | failure | how | ms to message | requests for the file (until retry) | after retry', ...measured].join('\n'));
});

describe.each(kinds)('when the $kind chunk fails to download', ({ kind, file, english }) => {
  const how = english
    ? [
        { how: 'direct load', lang: 'fr' as const, blocked: file },
        { how: 'switching to English on the question (English common texts)', lang: 'en' as const, blocked: english },
      ]
    : [
        { how: 'direct load', lang: 'fr' as const, blocked: file },
        { how: 'search result on the home page', lang: 'fr' as const, blocked: file },
      ];
  const cases = Object.keys(failures).flatMap((failure) => how.map((h) => ({ failure, ...h })));

  it.each(cases)('$failure, $how: a message, a handful of requests, then « Réessayer » recovers', async ({ failure, how, lang, blocked }) => {
    const { page, context } = await browser.newPage({ serviceWorkers: 'block' });
    let requests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/assets/${blocked}`) requests++;
    });
    const pattern = `**/assets/${blocked}`;
    const fail = failures[failure]!;

    let start: number;
    if (how === 'direct load') {
      await page.route(pattern, fail);
      start = Date.now();
      await page.goto(SCENARIO, { waitUntil: 'commit' });
    } else if (how === 'search result on the home page') {
      await page.goto('/fr/');
      await page.locator('#search-q').pressSequentially(FROM_SEARCH.query);
      const result = `.search-results a[href="${FROM_SEARCH.href}"]`;
      await appStarted(page, result);
      await page.route(pattern, fail);
      start = Date.now();
      await page.click(result);
    } else {
      await page.goto(SCENARIO);
      await appStarted(page, 'a.language-switch');
      await page.route(pattern, fail);
      start = Date.now();
      await page.click('a.language-switch');
    }
    const shown = await page
      .waitForFunction((text) => document.querySelector('h1')?.textContent === text, MESSAGE, { timeout: 2000 })
      .then(() => true, () => false);
    const elapsed = Date.now() - start;
    const shownInstead = await page.evaluate(() => (document.querySelector('main') ?? document.body).textContent?.slice(0, 80));
    expect(shown, `no message within 2 s (${requests} requests for ${blocked}; the page shows « ${shownInstead} »)`).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('link', { name: /Retour à l'accueil/ }).count()).toBe(1);
    expect(await page.locator('body').innerText(), 'no raw text keys').not.toMatch(/\b(app|home|question|errors)\.[a-zA-Z]+/);

    // No loop: the failed file is not asked for again while the message shows.
    await page.waitForTimeout(500);
    const failedRequests = requests;
    expect(failedRequests, `requests for ${blocked}`).toBeGreaterThan(0);
    expect(failedRequests, `requests for ${blocked}`).toBeLessThan(10);

    // The file is back: « Réessayer » shows the page, at the same address, without reloading.
    const url = page.url();
    await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
    await page.unroute(pattern, fail);
    await page.getByRole('button', { name: /Réessayer/ }).click();
    const expected = FIRST_QUESTION[lang];
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ') === text, expected, { timeout: 5000 });
    expect(await h1Text(page)).toBe(expected);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect((page as Page & { errors: string[] }).errors, 'uncaught errors in the page').toEqual([]);
    measured.push(`${kind} | ${failure} | ${how} | ${elapsed} | ${failedRequests} | ${requests - failedRequests}`);
    await context.close();
  });
});

// Playwright measurements: what a page loads, how fast the first question shows, how long a
// step takes, and the JS heap after walking every scenario in one tab.
//
// Every page is prerendered: its HTML already shows the step, and its answers and back link are
// plain links that load the next prerendered page until the app has taken over. A measure of
// the app's own (client-side) navigation therefore waits for that first (`appReady`), and
// checks afterwards that the page was never reloaded.
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { gzipSize, median } from './util.mjs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tooling/chromium.ts';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh context (cold cache, no service worker) and page that records page errors. */
async function newPage(browser, base) {
  const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { context, page, errors };
}

/**
 * Until the app has taken over the prerendered page (`html[data-app="ready"]`, set by src/ui/App.tsx)
 * and the network is idle, so that the step's own chunks (machine, texts) are there and
 * hydrated: a click before then would follow the link as a full page load.
 */
async function appReady(page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/** Marks the document, so that `assertSameDocument` can tell whether it was ever replaced. */
const markDocument = (page) => page.evaluate(() => (window.__sameDocument = true));
async function assertSameDocument(page, what) {
  if (!(await page.evaluate(() => window.__sameDocument === true))) throw new Error(`${what} reloaded the page (at ${page.url()}): not client-side`);
}

/**
 * The JS and CSS a page loads (cold, until the app has taken over and the network is idle),
 * each mapped to its file in `distDir` and gzipped there.
 */
export async function loadedAssets(browser, base, distDir, path, readySelector) {
  const { context, page, errors } = await newPage(browser, base);
  const seen = new Map();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const url = new URL(response.url());
    if (url.origin !== new URL(base).origin) return;
    const ext = extname(url.pathname);
    const kind = type === 'script' || ext === '.js' || ext === '.mjs' ? 'js' : type === 'stylesheet' || ext === '.css' ? 'css' : undefined;
    if (kind) seen.set(url.pathname, { kind, status: response.status() });
  });
  try {
    await page.goto(path, { waitUntil: 'load' });
    await page.locator(readySelector).first().waitFor({ timeout: 15_000 });
    await appReady(page);
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`errors on ${path}: ${errors.join(' | ')}`);
  const root = resolve(distDir);
  const files = [];
  for (const [pathname, { kind, status }] of seen) {
    const file = resolve(join(root, decodeURIComponent(pathname)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      throw new Error(`${path} loaded ${pathname} (HTTP ${status}), which is not a file of ${distDir}`);
    }
    files.push({ path: pathname, kind, gzip: gzipSize(file) });
  }
  const sum = (kind) => files.filter((f) => f.kind === kind).reduce((total, f) => total + f.gzip, 0);
  return { files, js: sum('js'), css: sum('css') };
}

// Runs in the page before its own scripts: notes when the first question's h1 is in the DOM
// and the first animation frame after that (the frame that paints it), and when the app has
// taken over the page (`html[data-app="ready"]`).
function watchFirstQuestion() {
  new MutationObserver((_, self) => {
    if (document.documentElement.dataset.app !== 'ready') return;
    window.__appReady = performance.now();
    self.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
  const mark = () => {
    if (window.__firstQuestion) return;
    const h1 = document.querySelector('fieldset legend h1');
    if (!h1 || (h1.checkVisibility && !h1.checkVisibility())) return;
    const record = (window.__firstQuestion = { dom: performance.now() });
    observer.disconnect();
    requestAnimationFrame(() => (record.frame = performance.now()));
  };
  const observer = new MutationObserver(mark);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', mark);
}

/**
 * Navigation start → first question painted, `runs` cold loads (new context each). The page is
 * prerendered, so this is the static HTML's paint; `ready` is when the app took the page over.
 */
export async function firstQuestionTimes(browser, base, path, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, errors } = await newPage(browser, base);
    try {
      await page.addInitScript(watchFirstQuestion);
      await page.goto(path, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__firstQuestion?.frame !== undefined, null, { timeout: 15_000 });
      await page.waitForLoadState('domcontentloaded');
      await page.waitForFunction(() => window.__appReady !== undefined, null, { timeout: 15_000 });
      samples.push(
        await page.evaluate(() => ({
          ...window.__firstQuestion,
          ready: window.__appReady,
          dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
        })),
      );
    } finally {
      await context.close();
    }
    if (errors.length) throw new Error(`errors on ${path}: ${errors.join(' | ')}`);
  }
  return {
    samples,
    dom: median(samples.map((s) => s.dom)),
    visible: median(samples.map((s) => s.frame)),
    ready: median(samples.map((s) => s.ready)),
  };
}

/**
 * Arms a one-shot timer in the page: it starts at the next click (capture listener on window,
 * so before the app's own handlers) and stops when `main h1` is another element or has
 * another text than now. The result lands in `window.__step`.
 */
async function armStep(page) {
  await page.evaluate(() => {
    const before = document.querySelector('main h1');
    const beforeText = before?.textContent;
    const step = (window.__step = { start: undefined, end: undefined });
    const check = () => {
      if (step.start === undefined || step.end !== undefined) return;
      const h1 = document.querySelector('main h1');
      if (h1 && (h1 !== before || h1.textContent !== beforeText)) {
        step.end = performance.now();
        step.heading = h1.textContent;
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    window.addEventListener('click', () => (step.start = performance.now()), { capture: true, once: true });
  });
}

async function finishStep(page, what) {
  try {
    await page.waitForFunction(() => window.__step?.end !== undefined, null, { timeout: 15_000 });
  } catch {
    throw new Error(`no new h1 after ${what} (at ${page.url()})`);
  }
  const { start, end, heading } = await page.evaluate(() => window.__step);
  return { ms: end - start, heading: heading.replace(/\s+/g, ' ').trim() };
}

const isQuestion = (page) => page.locator('fieldset.question legend h1').count().then((n) => n > 0);

/** Clicks `locator`; returns the in-page time from the click to the new h1, and that h1. */
async function timedClick(page, locator, what) {
  await armStep(page);
  await locator.click();
  return finishStep(page, what);
}

/** Follows the answer link at `index` (modulo their number). */
async function answer(page, index) {
  const links = page.locator('fieldset.question a.answer[data-answer]');
  const count = await links.count();
  if (count === 0) throw new Error(`question without answer links at ${page.url()}`);
  const link = links.nth(index % count);
  const event = await link.getAttribute('data-answer');
  const timed = await timedClick(page, link, `the answer « ${event} » at ${page.url()}`);
  return { ...timed, action: `answer ${(index % count) + 1}/${count} (${event})` };
}

/**
 * `steps` steps in one page from `path`, once the app has taken it over: on a question, follow
 * an answer link (the first one, then the next one each time the same question comes back, so
 * the walk reaches several endings); on an ending, follow its « Retour » link. Every step must
 * be the app's client-side navigation: a page load fails the measure.
 */
export async function stepTimes(browser, base, path, steps) {
  const { context, page, errors } = await newPage(browser, base);
  const samples = [];
  try {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    await appReady(page);
    await markDocument(page);
    const visits = new Map();
    for (let i = 0; i < steps; i++) {
      if (await isQuestion(page)) {
        const key = page.url();
        const n = visits.get(key) ?? 0;
        visits.set(key, n + 1);
        samples.push(await answer(page, n));
      } else {
        samples.push({ action: 'back', ...(await timedClick(page, page.locator('main .back-link').first(), `« Retour » at ${page.url()}`)) });
      }
      await assertSameDocument(page, `step ${i + 1} of the walk`);
    }
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`errors during the step walk: ${errors.join(' | ')}`);
  return { samples, median: median(samples.map((s) => s.ms)) };
}

/**
 * In one tab: from the home page, open each scenario through its organisation's page and its (first) link, which may lead
 * past the role question (`/fr/<id>/<role answer>/`), follow the first answer link until an
 * ending, go home through the header link; then force GC and read the JS heap.
 */
export async function heapAfterAllScenarios(browser, base, ids) {
  const { context, page, errors } = await newPage(browser, base);
  const walked = [];
  try {
    // From a page the app runs from the start (the home page runs its own small script until
    // the search is used), then home through the header link: every step client-side.
    await page.goto('/fr/a-propos/');
    await page.locator('main h1').waitFor();
    await appReady(page);
    await markDocument(page);
    await timedClick(page, page.locator('header .site-name'), 'the header link on the about page');
    for (const id of ids) {
      // The organisation on the home page (a scenario's id starts with its organisation's), then the situation on its page.
      const organisation = page.locator(`main #org-${id.split('-')[0]} a`);
      if ((await organisation.count()) === 0) throw new Error(`no link to the organisation of ${id} on the home page`);
      await timedClick(page, organisation, `the home page link to the organisation of ${id}`);
      const link = page.locator(`main a[href^="/fr/${id}/"]`).first();
      if ((await link.count()) === 0) throw new Error(`no link to /fr/${id}/… on its organisation's page`);
      await timedClick(page, link, `the organisation page's link to ${id}`);
      let steps = 0;
      while (await isQuestion(page)) {
        if (++steps > 50) throw new Error(`${id}: no ending after 50 answers`);
        await answer(page, 0);
      }
      if ((await page.locator('main .verdict').count()) === 0) {
        throw new Error(`${id}: expected an ending at ${page.url()}, got « ${await page.locator('main h1').first().textContent()} »`);
      }
      walked.push({ id, answers: steps, ending: new URL(page.url()).pathname });
      await timedClick(page, page.locator('header .site-name'), `the header link on ${page.url()}`);
      await assertSameDocument(page, `the walk through ${id}`);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('Performance.getMetrics has no JSHeapUsedSize');
    if (errors.length) throw new Error(`errors during the scenario walk: ${errors.join(' | ')}`);
    return { used, walked };
  } finally {
    await context.close();
  }
}

/**
 * Search as the user types, on the full index: for each query, the box is emptied, all but
 * the last letter typed, then the last letter's keydown → the first result in the DOM and
 * painted (next animation frame), timed in the page. The index is downloaded first (focus), so
 * this is the search and its rendering, not the download; the download is timed apart
 * (focus → index ready). Queries are chosen to have no result before their last letter.
 */
/** The queries the search timing types (the bench and its test use the same): none has a result before its last letter. */
export const SEARCH_TIMING_QUERIES = ['tro', 'rum', 'pan', 'ami', 'pho', 'cand', 'vir', 'men', 'sui'];

export async function searchTimes(browser, base, path, queries) {
  const { context, page, errors } = await newPage(browser, base);
  try {
    await page.goto(path);
    await appReady(page);
    const box = page.locator('#search-q');
    const downloadStart = Date.now();
    await box.focus();
    // The index is ready when the box has an answer for a query (here one with no result).
    await box.pressSequentially('zz');
    await page.waitForFunction(() => /«\s*zz\s*»|“zz”/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const download = Date.now() - downloadStart;
    const samples = [];
    for (const query of queries) {
      await box.fill('');
      await box.pressSequentially(query.slice(0, -1));
      await page.waitForTimeout(50);
      if (await page.locator('.search-results li').count()) throw new Error(`« ${query.slice(0, -1)} » already has results: pick another query`);
      await page.evaluate(() => {
        document.querySelector('#search-q').addEventListener('keydown', () => (window.__searchT0 = performance.now()), { once: true });
      });
      await box.press(query.slice(-1));
      const ms = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const check = () => {
              if (document.querySelector('.search-results li')) requestAnimationFrame(() => resolve(performance.now() - window.__searchT0));
              else if (performance.now() - window.__searchT0 > 5000) reject(new Error('no result within 5 s'));
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      samples.push({ query, ms });
    }
    if (errors.length) throw new Error(`errors while searching: ${errors.join(' | ')}`);
    return { samples, median: median(samples.map((s) => s.ms)), download };
  } finally {
    await context.close();
  }
}

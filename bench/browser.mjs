// Playwright measurements: what a page loads, how fast the first question shows, how long a
// step takes, and the JS heap after walking every scenario in one tab.
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { gzipSize, median } from './util.mjs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

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
 * The JS and CSS a page loads (cold, until the network is idle), each mapped to its file in
 * `distDir` and gzipped there.
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
    await page.waitForLoadState('networkidle');
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
// and the first animation frame after that (the frame that paints it).
function watchFirstQuestion() {
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

/** Navigation start → first question painted, `runs` cold loads (new context each). */
export async function firstQuestionTimes(browser, base, path, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, errors } = await newPage(browser, base);
    try {
      await page.addInitScript(watchFirstQuestion);
      await page.goto(path, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__firstQuestion?.frame !== undefined, null, { timeout: 15_000 });
      await page.waitForLoadState('domcontentloaded');
      samples.push(
        await page.evaluate(() => ({
          ...window.__firstQuestion,
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

const isQuestion = (page) => page.locator('fieldset legend h1').count().then((n) => n > 0);

/** Clicks `locator`; returns the in-page time from the click to the new h1, and that h1. */
async function timedClick(page, locator, what) {
  await armStep(page);
  await locator.click();
  return finishStep(page, what);
}

/** Chooses the option at `index` (modulo their number) and submits. */
async function answer(page, index) {
  const radios = page.locator('fieldset input[type=radio]');
  const count = await radios.count();
  if (count === 0) throw new Error(`question without options at ${page.url()}`);
  await radios.nth(index % count).check();
  const timed = await timedClick(page, page.locator('form button[type=submit]'), `« Continuer » at ${page.url()}`);
  return { ...timed, action: `option ${(index % count) + 1}/${count}` };
}

/**
 * `steps` steps in one page from `path`: on a question, pick an option (the first one, then the
 * next one each time the same question comes back, so the walk reaches several endings) and
 * press « Continuer »; on an ending, follow its back link.
 */
export async function stepTimes(browser, base, path, steps) {
  const { context, page, errors } = await newPage(browser, base);
  const samples = [];
  try {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle'); // a prerendered page: hydrated by then
    await page.evaluate(() => (window.__sameDocument = true));
    const visits = new Map();
    for (let i = 0; i < steps; i++) {
      if (await isQuestion(page)) {
        const key = page.url();
        const n = visits.get(key) ?? 0;
        visits.set(key, n + 1);
        samples.push(await answer(page, n));
      } else {
        samples.push({ action: 'back', ...(await timedClick(page, page.locator('main .back-link').first(), `back link at ${page.url()}`)) });
      }
    }
    if (!(await page.evaluate(() => window.__sameDocument))) throw new Error('the step walk reloaded the page');
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`errors during the step walk: ${errors.join(' | ')}`);
  return { samples, median: median(samples.map((s) => s.ms)) };
}

/**
 * In one tab: from the home page, open each scenario through its link, answer the first
 * option until an ending, go home through the header link; then force GC and read the JS heap.
 */
export async function heapAfterAllScenarios(browser, base, ids) {
  const { context, page, errors } = await newPage(browser, base);
  const walked = [];
  try {
    await page.goto('/fr/');
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => (window.__sameDocument = true));
    for (const id of ids) {
      const link = page.locator(`main a[href="/fr/${id}/"]`).first();
      if ((await link.count()) === 0) throw new Error(`no link to /fr/${id}/ on the home page`);
      await timedClick(page, link, `the home page link to ${id}`);
      let steps = 0;
      while (await isQuestion(page)) {
        if (++steps > 50) throw new Error(`${id}: no ending after 50 answers`);
        await answer(page, 0);
      }
      if ((await page.locator('main .verdict').count()) === 0) {
        throw new Error(`${id}: expected an ending at ${page.url()}, got « ${await page.locator('main h1').first().textContent()} »`);
      }
      walked.push({ id, answers: steps });
      await timedClick(page, page.locator('header .site-name'), `the header link on ${page.url()}`);
    }
    if (!(await page.evaluate(() => window.__sameDocument))) throw new Error('the scenario walk reloaded the page');
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

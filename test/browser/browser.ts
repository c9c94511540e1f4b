import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** The run's one headless Chromium (started by serve.ts), for this file; each test opens its own context. */
export function setUpBrowser() {
  const state: { browser?: Browser } = {};
  beforeAll(async () => {
    state.browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    baseURL: () => inject('baseURL'),
    async newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
      const context = await state.browser!.newContext({ baseURL: inject('baseURL'), ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      (page as Page & { errors: string[] }).errors = errors;
      return { context, page };
    },
  };
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core with the WCAG 2.2 A and AA rules: zero violations expected. */
export async function expectNoAxeViolations(page: Page, label: string) {
  // Legacy mode runs axe in the page itself. The default (for cross-origin frames, which the
  // guide has none of) finishes each run in a new blank page: two to three times slower, and
  // axe runs on hundreds of pages here.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${label}`).toEqual([]);
}

/** The page's h1 once the app has rendered this step. */
export async function h1Text(page: Page): Promise<string> {
  await appReady(page);
  const h1 = page.locator('h1');
  await h1.waitFor();
  return (await h1.innerText()).replace(/\s+/g, ' ').trim();
}

/** The element that has keyboard focus: tag name, text and, for an answer link, its answer. */
export async function focused(page: Page): Promise<{ tag: string; text: string; answer?: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName.toLowerCase() ?? '',
    text: (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    answer: (document.activeElement as HTMLElement | null)?.dataset?.answer,
  }));
}

/**
 * Waits until the app has taken over the page. Every page is prerendered, so a test that
 * means the app (not the static HTML) must wait for this before it acts or reads.
 */
export async function appReady(page: Page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

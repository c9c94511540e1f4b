import type { Page } from 'playwright-core';
import { appReady, focused } from './browser';

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, matches: (f: { tag: string; text: string; answer?: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached the expected element (last: ${JSON.stringify(await focused(page))})`);
}

/** Tabs to the answer (its machine event) of the current question and follows it, keyboard only. */
export async function answerByKeyboard(page: Page, answer: string) {
  await appReady(page);
  await tabTo(page, (f) => f.tag === 'a' && f.answer === answer);
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href !== before);
}

/** Waits until keyboard focus sits on the page's h1, and returns its text. */
export async function focusedHeading(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  return (await focused(page)).text;
}

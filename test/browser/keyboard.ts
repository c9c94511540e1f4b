import type { Page } from 'playwright-core';
import { focused } from './browser';

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, matches: (f: { tag: string; text: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached the expected element (last: ${JSON.stringify(await focused(page))})`);
}

/** Picks the n-th answer of the current question and continues, keyboard only. */
export async function answerByKeyboard(page: Page, optionIndex: number) {
  await page.locator('form[data-enhanced]').waitFor();
  await tabTo(page, (f) => f.tag === 'input');
  if (optionIndex === 0) await page.keyboard.press('Space');
  for (let i = 0; i < optionIndex; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f.tag === 'button');
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href !== before);
}

/** Waits until keyboard focus sits on the page's h1, and returns its text. */
export async function focusedHeading(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  return (await focused(page)).text;
}

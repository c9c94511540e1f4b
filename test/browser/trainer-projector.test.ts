import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { organisations, scenarios } from '../../machines/index';
import { appReady, setUpBrowser } from './browser';

/**
 * The trainer at the projector (1280×720), every scenario presented in one session by
 * keyboard: each question with its answers and the diagram's box on the screen at once (a
 * long hint follows the answers, and may run below);
 * after the reveal, the verdict, the short answer and the way on; each case and the « Bilan »
 * starting at the top of the screen, focus on their heading; what the room reads at 24 px.
 */
const SCREEN = { width: 1280, height: 720 };
const browser = setUpBrowser();

interface Box {
  what: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The boxes of everything the selectors match (what is absent is simply not there). */
const boxesOf = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) =>
      list.flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((e) => {
          const r = e.getBoundingClientRect();
          return { what: selector, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        }),
      ),
    selectors,
  );

const offScreen = (boxes: Box[]) =>
  boxes
    .filter((b) => b.top < -0.5 || b.left < -0.5 || b.bottom > SCREEN.height + 0.5 || b.right > SCREEN.width + 0.5)
    .map((b) => `${b.what} at ${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`);

/** After a key: until the new step's heading has focus. */
async function nextStep(page: Page, key: string) {
  const before = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.keyboard.press(key);
  await page.waitForFunction((previous) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent !== previous, before);
}

/**
 * Where the step starts: the session at the top of the window (or, in full screen, scrolled to
 * its top), focus on the heading.
 */
const atTop = (page: Page) =>
  page.evaluate(() => {
    const session = document.querySelector('.session')!;
    return {
      barTop: Math.round(document.fullscreenElement === session ? session.scrollTop : session.getBoundingClientRect().top),
      focus: document.activeElement?.tagName,
    };
  });

describe('the trainer at the projector, 1280×720', () => {
  it.each([
    ['in the window', false],
    ['in full screen (F)', true],
  ])(`presents all ${scenarios.length} scenarios in one session %s, each step on one screen`, async (_name, fullscreen) => {
    const { page, context } = await browser.newPage({ viewport: SCREEN });
    await page.goto(`/fr/formation/session/?${organisations.map((o) => `o=${o.id}`).join('&')}&mode=presentation`);
    await appReady(page);
    await page.locator('.session[data-keyboard="ready"]').waitFor();
    if (fullscreen) {
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement?.classList.contains('session'));
    }
    const problems: string[] = [];
    const state = () => page.locator('.session').getAttribute('data-session-state');
    await nextStep(page, 'ArrowRight');
    for (let index = 0; index < scenarios.length; index++) {
      const name = `case ${index + 1} (${await page.locator('.session-main .caption').innerText()})`;
      const start = await atTop(page);
      if (start.barTop !== 0 || start.focus !== 'H1') problems.push(`${name}: starts ${start.barTop} px from the top, focus on ${start.focus}`);
      // Every question of the scenario, reached through its box on the diagram, then the first answers to an ending.
      const questions = await page.locator('svg.diagram .diagram-node--question').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node')!));
      for (let step = 0; (await state()) === 'present'; step++) {
        const question = questions[step];
        if (question !== undefined) {
          await page.locator(`svg.diagram [data-node="${question}"]`).click();
          await page.locator(`svg.diagram .is-current[data-node="${question}"]`).waitFor();
        }
        const boxes = await boxesOf(page, [
          '.session-main .caption',
          '.session-main h1',
          '.session-answers li',
          '.session-diagram .diagram-scroll',
          '.session-diagram .diagram-details > summary',
        ]);
        problems.push(...offScreen(boxes).map((b) => `${name}, question ${question ?? step + 1}: ${b}`));
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('.session-main :is(.caption, .hint, .session-choice)')]
            .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 24)
            .map((e) => e.className),
        );
        problems.push(...small.map((c) => `${name}: .${c} under 24 px`));
        if (step >= questions.length - 1) await nextStep(page, '1');
      }
      await nextStep(page, ' ');
      problems.push(...offScreen(await boxesOf(page, ['.session-main .verdict', '.session-main .lead', '.session-main .button-row .button:first-child'])).map((b) => `${name}, revealed: ${b}`));
      await nextStep(page, 'ArrowRight');
    }
    expect(await page.locator('h1').innerText()).toBe('Bilan de la séance');
    const end = await atTop(page);
    if (end.barTop !== 0 || end.focus !== 'H1') problems.push(`Bilan: starts ${end.barTop} px from the top, focus on ${end.focus}`);
    await context.close();
    expect(problems).toEqual([]);
  });
});

import { scenarios } from '../../machines/index';
import { endingPaths } from '../../src/engine/paths';
import type { Page } from 'playwright-core';

export interface ScenarioPaths {
  id: string;
  /** Answers leading to each ending. */
  paths: string[][];
}

/** Every registered scenario with the answers to each of its endings. */
export async function allScenarioPaths(): Promise<ScenarioPaths[]> {
  return Promise.all(scenarios.map(async (s) => ({ id: s.id, paths: endingPaths((await s.load()).default) })));
}


/** From any page of the app, walks a scenario with the mouse, client-side: home link, then the given answers. */
export async function walkFromHome(page: Page, lang: string, id: string, answers: string[]) {
  await page.locator('.site-name').click();
  await page.waitForURL(`**/${lang}/`);
  await page.locator(`main a[href="/${lang}/${id}/"]`).first().click();
  await page.waitForURL(`**/${lang}/${id}/`);
  for (const [i, answer] of answers.entries()) {
    await page.locator('form[data-enhanced]').waitFor();
    await page.locator(`input[type=radio][data-answer="${answer}"]`).check();
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.search === `?r=${answers.slice(0, i + 1).join('.')}`);
  }
  await page.locator('.verdict h1').waitFor();
}

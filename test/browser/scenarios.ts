import type { Page } from 'playwright-core';
import { findScenario, scenarios } from '../../machines/index';
import { endingPaths } from '../../engine/paths';
import type { Language } from '../../src/i18n/languages';
import { organisationPath, scenarioPath } from '../../src/routes';
import { appReady } from './browser';

export interface ScenarioPaths {
  id: string;
  /** Answers leading to each ending. */
  paths: string[][];
}

/** Every registered scenario with the answers to each of its endings. */
export async function allScenarioPaths(): Promise<ScenarioPaths[]> {
  return Promise.all(scenarios.map(async (s) => ({ id: s.id, paths: endingPaths((await s.load()).default) })));
}

/**
 * From any page, walks a scenario with the mouse: the site name, the scenario's organisation
 * on the home page, the scenario's link on that organisation's page (which may already hold
 * the role), then each remaining answer's link.
 */
export async function walkFromHome(page: Page, lang: Language, id: string, answers: string[]) {
  await page.locator('.site-name').click();
  await page.waitForURL(`**/${lang}/`);
  await appReady(page);
  const organisation = findScenario(id)!.organisation;
  await page.locator(`main #org-${organisation} a`).click();
  await page.waitForURL((url) => url.pathname === organisationPath(lang, organisation));
  // Reached client-side, the organisation's page may first download its list of situations.
  await page.locator(`main a[href^="/${lang}/${id}/"]`).first().waitFor();
  const hrefs = await page.locator(`main a[href^="/${lang}/${id}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const given = [0, 1].find((n) => hrefs.includes(scenarioPath(lang, id, answers.slice(0, n))));
  if (given === undefined) throw new Error(`No link on the page of ${organisation} leads to ${id} on the way to ${answers.join('/')}`);
  await page.locator(`main a[href="${scenarioPath(lang, id, answers.slice(0, given))}"]`).first().click();
  for (const [i, answer] of answers.entries()) {
    if (i < given) continue;
    await page.locator(`a.answer[data-answer="${answer}"]`).click();
    await page.waitForURL((url) => url.pathname === scenarioPath(lang, id, answers.slice(0, i + 1)));
  }
  await page.locator('.verdict h1').waitFor();
}

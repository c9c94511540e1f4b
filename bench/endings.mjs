// Endings at a glance on a phone (390×844): how tall each French ending is, and whether all the
// user must do (steps, points to weigh, whom to ask) ends within two screens. The prerendered
// pages, script off: the page as it first arrives, and as it stays without JavaScript.
import { firstPathToEachEnding } from '../engine/paths.ts';
import { scenarios } from '../machines/index.ts';
import { scenarioPath } from '../src/routes.ts';
import { MEASURE_ENDING_GLANCE, TWO_PHONE_SCREENS } from '../tooling/ending-glance.ts';
import { median } from './util.mjs';

export const PHONE = { width: 390, height: 844 };

export async function endingGlances(browser, base) {
  const context = await browser.newContext({ baseURL: base, viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const samples = [];
  try {
    for (const s of scenarios) {
      for (const e of firstPathToEachEnding((await s.load()).default)) {
        const path = scenarioPath('fr', s.id, e.answers);
        await page.goto(path);
        samples.push({ path, ...(await page.evaluate(MEASURE_ENDING_GLANCE)) });
      }
    }
  } finally {
    await context.close();
  }
  const withinTwoScreens = samples.filter((g) => g.todoBottom <= TWO_PHONE_SCREENS);
  return {
    count: samples.length,
    medianHeight: median(samples.map((g) => g.height)),
    maxHeight: Math.max(...samples.map((g) => g.height)),
    shareWithinTwoScreens: withinTwoScreens.length / samples.length,
    longest: samples.filter((g) => g.todoBottom > TWO_PHONE_SCREENS).map((g) => `${g.path} (${Math.round(g.todoBottom)} px)`),
  };
}

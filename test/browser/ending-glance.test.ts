import { describe, expect, it } from 'vitest';
import { firstPathToEachEnding } from '../../engine/paths';
import { organisations, scenarios } from '../../machines/index';
import { scenarioPath } from '../../src/routes';
import { MEASURE_ENDING_GLANCE, type EndingGlance } from '../../tooling/ending-glance';
import { sameStart } from '../i18n/same-start';
import { appReady, setUpBrowser } from './browser';

/**
 * Every ending read on a phone (390×844): the verdict, the short answer and the first step on
 * the first screen; all the user must do (steps, points to weigh, whom to ask) before the
 * reason; the label, its explanation and the short answer each starting differently.
 */
const PHONE = { width: 390, height: 844 };
/** A laptop or projector screen: the same first screen. */
const WIDE = { width: 1280, height: 720 };
const browser = setUpBrowser();

/** Each ending of each scenario once, by the first path to it. */
const endings = (await Promise.all(scenarios.map(async (s) => firstPathToEachEnding((await s.load()).default).map((e) => ({ id: s.id, ...e }))))).flat();

function problemsOf(g: EndingGlance, screen = PHONE): string[] {
  const problems: string[] = [];
  if (g.verdictBottom > screen.height) problems.push(`verdict ends at ${g.verdictBottom} px`);
  if (g.summaryBottom > screen.height) problems.push(`short answer ends at ${g.summaryBottom} px`);
  if (g.firstStepBottom > screen.height) problems.push(`first step ends at ${g.firstStepBottom} px`);
  for (const item of g.todo) if (item.bottom > g.whyTop) problems.push(`a ${item.part} ends at ${item.bottom} px, below « Pourquoi » (${g.whyTop} px)`);
  const tops = { label: g.label, explanation: g.explained, 'short answer': g.summary };
  const names = Object.keys(tops) as (keyof typeof tops)[];
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) if (sameStart(tops[a], tops[b])) problems.push(`the ${a} and the ${b} start alike: « ${tops[a]} » / « ${tops[b]} »`);
  }
  return problems;
}

describe('an ending at a glance, on a phone', () => {
  it.each([
    ['390×844', PHONE],
    ['1280×720', WIDE],
  ])(`all French endings at %s, as served (no script needed)`, async (_name, screen) => {
    expect(endings.length).toBeGreaterThan(200);
    const { page, context } = await browser.newPage({ viewport: screen, javaScriptEnabled: false });
    const problems: string[] = [];
    for (const e of endings) {
      await page.goto(scenarioPath('fr', e.id, e.answers));
      const glance = (await page.evaluate(MEASURE_ENDING_GLANCE)) as EndingGlance;
      problems.push(...problemsOf(glance, screen).map((p) => `${scenarioPath('fr', e.id, e.answers)} (${e.state}): ${p}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each(organisations.map((o) => endings.find((e) => e.id.startsWith(`${o.id}-`))!).map((e) => [`${e.id} / ${e.state}`, e] as const))(
    '%s, once the app has rendered it',
    async (_name, e) => {
      const { page, context } = await browser.newPage({ viewport: PHONE });
      await page.goto(scenarioPath('fr', e.id, e.answers));
      await appReady(page);
      expect(problemsOf((await page.evaluate(MEASURE_ENDING_GLANCE)) as EndingGlance)).toEqual([]);
      await context.close();
    },
  );
});

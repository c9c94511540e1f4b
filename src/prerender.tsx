// Server-side entry, used only at build time (scripts/prerender.mjs): renders a page of the
// app to static HTML once every download it waits for (scenario, texts) has resolved.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { organisations, scenarios } from '../machines/index';
import { stepPaths } from './engine/paths';
import { LANGUAGES } from './i18n/languages';
import { NOT_FOUND_PAGE_PATH, aboutPath, comparePath, decisionsPath, homePath, notListedPath, scenarioPath, searchPath, trainerPath } from './routes';
import { App } from './ui/App';

export { NOT_FOUND_PAGE_PATH };

/** Every page of the site: home, about, comparison, lists, and every reachable step of every scenario. */
export async function prerenderedPaths(): Promise<string[]> {
  const steps = await Promise.all(scenarios.map(async (s) => ({ id: s.id, steps: stepPaths((await s.load()).default) })));
  return LANGUAGES.flatMap((lang) => [
    homePath(lang),
    aboutPath(lang),
    comparePath(lang),
    searchPath(lang),
    decisionsPath(lang),
    ...organisations.map((o) => notListedPath(lang, o.id)),
    // Trainer pages: the choice, the session and quiz handout (without a selection), one sheet per scenario.
    trainerPath(lang),
    trainerPath(lang, 'session'),
    trainerPath(lang, 'quiz'),
    ...scenarios.map((s) => trainerPath(lang, 'scenario', s.id)),
    ...steps.flatMap(({ id, steps }) => steps.map((answers) => scenarioPath(lang, id, answers))),
  ]);
}

/** How many step pages the engine counts for each language, per scenario id. */
export async function stepCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(scenarios.map(async (s) => [s.id, stepPaths((await s.load()).default).length] as const)));
}

export async function renderPage(path: string): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <Router ssrPath={path} ssrSearch="">
        <App />
      </Router>
    </StrictMode>,
    // Never outline a large Suspense boundary into a hidden block that an inline script moves
    // into place (React's default past 12.8 kB): the CSP forbids inline scripts, and without
    // JavaScript the page would show its fallback. Every page is sent whole, in order.
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  return new Response(prelude).text();
}

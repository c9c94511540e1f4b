// Server-side entry, used only at build time (scripts/prerender.ts): renders a page of the
// app to static HTML once every download it waits for (scenario, texts) has resolved.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { scenarios } from '../machines/index';
import { stepPaths } from '../engine/paths';
import { LANGUAGES } from './i18n/languages';
import { NOT_FOUND_PAGE_PATH, PAGES, parseRoute } from './routes';
import { App } from './ui/App';

export { NOT_FOUND_PAGE_PATH };

/** Every page of the site: every page of every kind of the page table, in each language. */
export async function prerenderedPaths(): Promise<string[]> {
  const kinds = Object.values(PAGES);
  return (await Promise.all(LANGUAGES.flatMap((lang) => kinds.map((kind) => kind.prerendered(lang))))).flat();
}

/** How many step pages the engine counts for each language, per scenario id. */
export async function stepCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(scenarios.map(async (s) => [s.id, stepPaths((await s.load()).default).length] as const)));
}

/** The script a page starts: the home page its own small one (src/ui/home/start.ts), every other the app. */
export function startsWithHomeScript(path: string): boolean {
  return parseRoute(path).page === 'home';
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

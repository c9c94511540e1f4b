// Server-side entry, used only at build time (scripts/prerender.mjs): renders a page of the
// app to static HTML once every download it waits for (scenario, texts) has resolved.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { organisations, scenarios } from '../machines/index';
import { LANGUAGES } from './i18n/languages';
import { aboutPath, homePath, notListedPath, scenarioPath } from './routes';
import { App } from './ui/App';

/** Every page that has a path of its own without answers: home, about, lists, each scenario's first question. */
export function prerenderedPaths(): string[] {
  return LANGUAGES.flatMap((lang) => [
    homePath(lang),
    aboutPath(lang),
    ...organisations.map((o) => notListedPath(lang, o.id)),
    ...scenarios.map((s) => scenarioPath(lang, s.id)),
  ]);
}

export async function renderPage(path: string): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <Router ssrPath={path} ssrSearch="">
        <App />
      </Router>
    </StrictMode>,
  );
  return new Response(prelude).text();
}

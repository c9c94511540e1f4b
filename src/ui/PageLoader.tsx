import { use } from 'react';
import type { Language } from '../i18n/languages';
import { PAGES, type PageModule, type PageRoute } from '../routes';
import { download } from './downloads';

/**
 * A page's module and its texts, downloaded with the page (one download per page kind and
 * language), never with the home page. Not `React.lazy`, which remembers a failure for good:
 * a failed download here stays failed only until the user asks to try again (./downloads).
 */
export function loadPage(page: PageRoute['page'], lang: Language): Promise<PageModule> {
  // Each kind's module takes its own kind of route: the table pairs them (src/routes.ts).
  const load = PAGES[page].load as (() => Promise<PageModule>) | undefined;
  if (!load) throw new Error(`${page}: this page is in the app's first download`);
  return download(`${page}-page:${lang}`, () => load().then(async (m) => (await m.ready(lang), m)));
}

/** What the first screen of a page needs, started before the first render (src/main.tsx): its module, texts and data. */
export function preloadRoute(route: PageRoute, search: string): Promise<unknown> | undefined {
  const kind = PAGES[route.page] as { load?: unknown; preload?(route: PageRoute): Promise<unknown> };
  if (!kind.load) return undefined;
  return Promise.all([loadPage(route.page, route.lang).then((m) => m.preloadView?.(route, search)), kind.preload?.(route)]);
}

/** The page of a route: at once when already downloaded, else through Suspense. */
export function PageLoader({ route }: { route: PageRoute }) {
  const { Page } = use(loadPage(route.page, route.lang));
  return <Page route={route} />;
}

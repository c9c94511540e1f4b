import { use } from 'react';
import type { Language } from '../i18n/languages';
import type { Route, TrainerView } from '../routes';
import { download } from './downloads';

/**
 * The pages other than the home page and the scenarios' (about, « not in the list », the
 * comparison, search, « Mes décisions », the trainer's) download with their own code and
 * texts, never with the home page: each module's `ready(lang)` downloads its texts, and the
 * page shows once they are there (one download per page and language).
 */
const pageWithTexts =
  <M extends { ready(lang: Language): Promise<unknown> }>(name: string, load: () => Promise<M>) =>
  (lang: Language): Promise<M> =>
    download(`${name}:${lang}`, () => load().then(async (m) => (await m.ready(lang), m)));

export const preloadAboutPage = pageWithTexts('about-page', () => import('./AboutPage'));
export const preloadNotListedPage = pageWithTexts('not-listed-page', () => import('./NotListedPage'));
export const preloadComparePage = pageWithTexts('compare-page', () => import('./ComparePage'));
export const preloadSearchPage = pageWithTexts('search-page', () => import('./search/SearchPage'));
export const preloadDecisionsPage = pageWithTexts('decisions-page', () => import('./decisions/DecisionsPage'));
/** The trainer's pages, with dagre for their diagrams (downloaded by the pages that draw one). */
export const preloadTrainerPage = pageWithTexts('trainer-page', () => import('../trainer/TrainerPage'));

/** What the first screen of a page needs beyond its module and texts, started before the first render (src/main.tsx). */
export function preloadRoute(route: Route, search: string): Promise<unknown> | undefined {
  switch (route.page) {
    case 'about':
      return preloadAboutPage(route.lang);
    case 'notListed':
      return preloadNotListedPage(route.lang);
    case 'compare':
      return preloadComparePage(route.lang);
    case 'search':
      return preloadSearchPage(route.lang);
    case 'decisions':
      return preloadDecisionsPage(route.lang);
    case 'trainer':
      return preloadTrainerPage(route.lang).then((m) => m.preloadView(route, search));
    default:
      return undefined;
  }
}

export function AboutPageLoader({ lang }: { lang: Language }) {
  const { AboutPage } = use(preloadAboutPage(lang));
  return <AboutPage lang={lang} />;
}

export function NotListedPageLoader({ lang, organisation }: { lang: Language; organisation: string }) {
  const { NotListedPage } = use(preloadNotListedPage(lang));
  return <NotListedPage lang={lang} organisation={organisation} />;
}

export function ComparePageLoader({ lang }: { lang: Language }) {
  const { ComparePage } = use(preloadComparePage(lang));
  return <ComparePage lang={lang} />;
}

export function SearchPageLoader({ lang }: { lang: Language }) {
  const { SearchPage } = use(preloadSearchPage(lang));
  return <SearchPage lang={lang} />;
}

export function DecisionsPageLoader({ lang }: { lang: Language }) {
  const { DecisionsPage } = use(preloadDecisionsPage(lang));
  return <DecisionsPage lang={lang} />;
}

export function TrainerPageLoader({ lang, view, id }: { lang: Language; view: TrainerView; id?: string }) {
  const { TrainerPage } = use(preloadTrainerPage(lang));
  return <TrainerPage lang={lang} view={view} id={id} />;
}

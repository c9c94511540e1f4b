import { use } from 'react';
import type { Language } from '../i18n/languages';
import { download } from './downloads';

/**
 * The about page, « not in the list », the search page and « Mes décisions » download with their own code and texts, never with
 * the home page (each module's `ready(lang)` downloads its texts).
 */
export const preloadAboutPage = (lang: Language) =>
  download(`about-page:${lang}`, () => import('./AboutPage').then(async (m) => (await m.ready(lang), m)));
export const preloadNotListedPage = (lang: Language) =>
  download(`not-listed-page:${lang}`, () => import('./NotListedPage').then(async (m) => (await m.ready(lang), m)));
export const preloadSearchPage = (lang: Language) =>
  download(`search-page:${lang}`, () => import('./search/SearchPage').then(async (m) => (await m.ready(lang), m)));
export const preloadDecisionsPage = (lang: Language) =>
  download(`decisions-page:${lang}`, () => import('./decisions/DecisionsPage').then(async (m) => (await m.ready(lang), m)));

export function AboutPageLoader({ lang }: { lang: Language }) {
  const { AboutPage } = use(preloadAboutPage(lang));
  return <AboutPage lang={lang} />;
}

export function NotListedPageLoader({ lang, organisation }: { lang: Language; organisation: string }) {
  const { NotListedPage } = use(preloadNotListedPage(lang));
  return <NotListedPage lang={lang} organisation={organisation} />;
}

export function SearchPageLoader({ lang }: { lang: Language }) {
  const { SearchPage } = use(preloadSearchPage(lang));
  return <SearchPage lang={lang} />;
}

export function DecisionsPageLoader({ lang }: { lang: Language }) {
  const { DecisionsPage } = use(preloadDecisionsPage(lang));
  return <DecisionsPage lang={lang} />;
}

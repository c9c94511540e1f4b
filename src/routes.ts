import type { ReactNode } from 'react';
import { findScenario, organisations, scenarios } from '../machines/index';
import { LANGUAGES, isLanguage, type Language } from './i18n/languages';

/** Trainer pages under `/fr/formation/`: home (choose), the session, the quiz handout, one sheet per scenario. */
export type TrainerView = 'home' | 'session' | 'quiz' | 'scenario';

/** No scenario asks this many questions; a longer path is not a step of any. */
const MAX_ANSWERS = 100;

export type Route =
  | { page: 'root' }
  | { page: 'home'; lang: Language }
  | { page: 'about'; lang: Language }
  | { page: 'compare'; lang: Language }
  /** `/fr/formation/`, `/fr/formation/session/`, `/fr/formation/quiz/`, `/fr/formation/<scenario-id>/` */
  | { page: 'trainer'; lang: Language; view: TrainerView; id?: string }
  /** The search page (`?q=` in the query string, read by the page itself). */
  | { page: 'search'; lang: Language }
  /** « Mes décisions »: the endings reached, kept on this device only. */
  | { page: 'decisions'; lang: Language }
  | { page: 'notListed'; lang: Language; organisation: string }
  /** `/fr/baie-comeau/`: an organisation's own page, by its slug (`?q=` for its search, read by the page). */
  | { page: 'organisation'; lang: Language; organisation: string }
  /** `answers`: the answers so far, one path segment each (`/fr/<id>/<answer>/<answer>/`). */
  | { page: 'scenario'; lang: Language; id: string; answers: string[] }
  | { page: 'notFound'; lang: Language }
  | { page: 'unsupportedLanguage'; segment: string; rest: string };

/** Reads a path such as `/fr/eq-relation-politique/ds/personne/`; never throws. */
export function parseRoute(path: string): Route {
  const segments = path.split('/').filter(Boolean).map((s) => safeDecode(s).replace(/\p{Cs}/gu, '\uFFFD')); // lone surrogates would make encodeURIComponent throw
  const [first, ...rest] = segments;
  if (first === undefined) return { page: 'root' };
  if (!isLanguage(first)) return { page: 'unsupportedLanguage', segment: first, rest: rest.join('/') };
  const lang = first;
  if (rest.length === 0) return { page: 'home', lang };
  const [slug, ...params] = rest as [string, ...string[]];
  for (const kind of Object.values(PAGES) as PageKind<PageRoute>[]) {
    const route = kind.slug?.[lang] === slug || (!kind.slug && kind.parse) ? kind.parse?.(lang, kind.slug ? params : [slug, ...params]) : undefined;
    if (route) return route;
  }
  return { page: 'notFound', lang };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const homePath = (lang: Language) => `/${lang}/`;
const slugPath = (kind: 'about' | 'compare' | 'search' | 'decisions' | 'trainer' | 'notListed', lang: Language) => `/${lang}/${PAGES[kind].slug![lang]}/`;
export const aboutPath = (lang: Language) => slugPath('about', lang);
export const comparePath = (lang: Language) => slugPath('compare', lang);
/** A trainer page; the session and the quiz handout take the selection as `?s=<id>,<id>` (see src/trainer/selection.ts). */
export const trainerPath = (lang: Language, view: TrainerView = 'home', id?: string) =>
  slugPath('trainer', lang) + (view === 'home' ? '' : view === 'scenario' ? `${encodeURIComponent(id ?? '')}/` : `${view}/`);
export const searchPath = (lang: Language, query?: string) => slugPath('search', lang) + (query ? `?q=${encodeURIComponent(query)}` : '');
export const decisionsPath = (lang: Language) => slugPath('decisions', lang);
export const notListedPath = (lang: Language, organisation: string) => `${slugPath('notListed', lang)}${encodeURIComponent(organisation)}/`;
/** An organisation's own page (`/fr/baie-comeau/`). */
export const organisationPath = (lang: Language, organisation: string) =>
  `/${lang}/${organisations.find((o) => o.id === organisation)?.slug ?? encodeURIComponent(organisation)}/`;
/** The page a static host serves, with status 404, for a path it has no file for (`dist/404.html`). */
export const NOT_FOUND_PAGE_PATH = '/fr/404/';

/** Each answer so far is a segment of the path: every step is a page of its own. */
export function scenarioPath(lang: Language, id: string, answers: readonly string[] = []): string {
  return [`/${lang}`, id, ...answers].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/') + '/';
}

/**
 * Links shared before answers moved into the path carried them in the query string
 * (`/fr/<id>/?r=ds.personne`): the path they stand for, or undefined when there is none.
 */
export function pathOfLegacyLink(route: Route, search: string): string | undefined {
  if (route.page !== 'scenario' || route.answers.length > 0) return undefined;
  const raw = new URLSearchParams(search).get('r');
  if (!raw) return undefined;
  return scenarioPath(route.lang, route.id, raw.split('.').filter(Boolean).slice(0, MAX_ANSWERS));
}

/** What each page reads from its query string, and so what the language switch must carry over. */
function queryParamsOf(route: Route): readonly string[] {
  return route.page in PAGES ? (PAGES[route.page as PageRoute['page']].query?.(route as never) ?? []) : [];
}

/**
 * The part of `search` (`?a=1&b=2`, as in `location.search`) that the page of `route` reads,
 * as it was typed (same order, same encoding), or '' when it reads none of it.
 */
export function queryKeptAcrossLanguages(route: Route, search: string): string {
  const names = queryParamsOf(route);
  if (names.length === 0) return '';
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      const name = pair.split('=')[0]!;
      try {
        return names.includes(decodeURIComponent(name.replace(/\+/g, ' ')));
      } catch {
        return false;
      }
    });
  return kept.length ? `?${kept.join('&')}` : '';
}

/**
 * The same page in the other language (same step of the same scenario), with the part of the
 * query string that the page reads (`search`: the trainer's selection, the search page's `?q=`).
 */
export function pathInLanguage(route: Route, lang: Language, search = ''): string {
  return pathOnlyInLanguage(route, lang) + queryKeptAcrossLanguages(route, search);
}

function pathOnlyInLanguage(route: Route, lang: Language): string {
  switch (route.page) {
    case 'root':
    case 'notFound':
      return homePath(lang);
    case 'unsupportedLanguage': {
      // Read the rest of the path as it would be in either language (`/de/a-propos/` is the
      // about page), then give that page's path in the language asked for.
      const readings = LANGUAGES.map((l) => parseRoute(`/${l}/${route.rest}`));
      const known = readings.find((r) => r.page !== 'home' && r.page !== 'notFound') ?? readings[0]!;
      return known.page === 'unsupportedLanguage' || known.page === 'root' ? homePath(lang) : pathOnlyInLanguage(known, lang);
    }
    default:
      return (PAGES[route.page] as PageKind<typeof route>).path({ ...route, lang });
  }
}

/** The routes of the site's own pages (not the root, a 404 or an unknown language). */
export type PageRoute = Exclude<Route, { page: 'root' | 'notFound' | 'unsupportedLanguage' }>;
export type RouteOf<K extends PageRoute['page']> = Extract<PageRoute, { page: K }>;

/** What a page's module gives: its texts' download, its component, what its first screen needs besides. */
export interface PageModule<R extends PageRoute = PageRoute> {
  /** Downloads the page's texts (one promise per language, the same every call). */
  ready(lang: Language): Promise<unknown>;
  Page(props: { route: R }): ReactNode;
  /** What the first screen needs beyond the module and its texts (the trainer's scenarios and dagre). */
  preloadView?(route: R, search: string): Promise<unknown>;
}

/** A kind of page: its address, its module, and the pages of its kind that the build writes. */
export interface PageKind<R extends PageRoute> {
  /** The path segment after the language (none: the home page and the scenarios, by their id). */
  slug?: Record<Language, string>;
  /** The page for the segments after the slug (after the language when there is no slug), or undefined. */
  parse?(lang: Language, params: string[]): R | undefined;
  path(route: R): string;
  /** What the page reads from its query string, and so what the language switch carries over. */
  query?(route: R): readonly string[];
  /** Downloaded with the page (the home page is in the app's first download). */
  load?(): Promise<PageModule<R>>;
  /** Started with the module, before the first render (src/main.tsx): what the page shows at once. */
  preload?(route: R): Promise<unknown>;
  /** Every page of this kind that the build prerenders, in one language. */
  prerendered(lang: Language): string[] | Promise<string[]>;
}

/**
 * The page kinds: the one table the router, the app, the loaders, the first-load preload and
 * the prerender read. Adding a page is one entry here and its module (`ready` and `Page`).
 */
export const PAGES: { [K in PageRoute['page']]: PageKind<RouteOf<K>> } = {
  home: {
    path: (r) => homePath(r.lang),
    prerendered: (lang) => [homePath(lang)],
  },
  about: {
    slug: { fr: 'a-propos', en: 'about' },
    parse: (lang, params) => (params.length === 0 ? { page: 'about', lang } : undefined),
    path: (r) => aboutPath(r.lang),
    load: () => import('./ui/AboutPage'),
    prerendered: (lang) => [aboutPath(lang)],
  },
  /** Only in a guide of several organisations (`GUIDE_ORGS` may build one). */
  compare: {
    slug: { fr: 'comparer', en: 'compare' },
    parse: (lang, params) => (params.length === 0 && organisations.length > 1 ? { page: 'compare', lang } : undefined),
    path: (r) => comparePath(r.lang),
    load: () => import('./ui/ComparePage'),
    prerendered: (lang) => (organisations.length > 1 ? [comparePath(lang)] : []),
  },
  /** `/fr/formation/`, `/fr/formation/session/`, `/fr/formation/quiz/`, `/fr/formation/<scenario-id>/` */
  trainer: {
    slug: { fr: 'formation', en: 'training' },
    parse: (lang, [sub, ...more]) => {
      if (more.length > 0) return undefined;
      if (sub === undefined) return { page: 'trainer', lang, view: 'home' };
      if (sub === 'session' || sub === 'quiz') return { page: 'trainer', lang, view: sub };
      return findScenario(sub) ? { page: 'trainer', lang, view: 'scenario', id: sub } : undefined;
    },
    path: (r) => trainerPath(r.lang, r.view, r.id),
    // The session and the quiz handout: the selection (src/trainer/selection.ts).
    query: (r) => (r.view === 'session' || r.view === 'quiz' ? ['s', 'o', 'mode'] : []),
    load: () => import('./trainer/TrainerPage'),
    // The choice, the session and quiz handout (without a selection), one sheet per scenario.
    prerendered: (lang) => [trainerPath(lang), trainerPath(lang, 'session'), trainerPath(lang, 'quiz'), ...scenarios.map((s) => trainerPath(lang, 'scenario', s.id))],
  },
  /** The search page (`?q=` in the query string, read by the page itself). */
  search: {
    slug: { fr: 'recherche', en: 'search' },
    parse: (lang, params) => (params.length === 0 ? { page: 'search', lang } : undefined),
    path: (r) => searchPath(r.lang),
    query: () => ['q'],
    load: () => import('./ui/search/SearchPage'),
    prerendered: (lang) => [searchPath(lang)],
  },
  /** « Mes décisions »: the endings reached, kept on this device only. */
  decisions: {
    slug: { fr: 'mes-decisions', en: 'my-decisions' },
    parse: (lang, params) => (params.length === 0 ? { page: 'decisions', lang } : undefined),
    path: (r) => decisionsPath(r.lang),
    load: () => import('./ui/decisions/DecisionsPage'),
    prerendered: (lang) => [decisionsPath(lang)],
  },
  notListed: {
    slug: { fr: 'autre', en: 'other' },
    parse: (lang, params) => (params.length === 1 ? { page: 'notListed', lang, organisation: params[0]! } : undefined),
    path: (r) => notListedPath(r.lang, r.organisation),
    load: () => import('./ui/NotListedPage'),
    prerendered: (lang) => organisations.map((o) => notListedPath(lang, o.id)),
  },
  /** `/fr/baie-comeau/`: its slug, then nothing (a scenario's id never is an organisation's slug). */
  organisation: {
    parse: (lang, [slug, ...more]) => {
      const org = more.length === 0 ? organisations.find((o) => o.slug === slug) : undefined;
      return org ? { page: 'organisation', lang, organisation: org.id } : undefined;
    },
    path: (r) => organisationPath(r.lang, r.organisation),
    query: () => ['q'],
    load: () => import('./ui/OrganisationPage'),
    prerendered: (lang) => organisations.map((o) => organisationPath(lang, o.id)),
  },
  /** `/fr/<scenario-id>/<answer>/<answer>/`: every step of every scenario, a page of its own. */
  scenario: {
    parse: (lang, [id, ...answers]) => (id !== undefined && findScenario(id) && answers.length <= MAX_ANSWERS ? { page: 'scenario', lang, id, answers } : undefined),
    path: (r) => scenarioPath(r.lang, r.id, r.answers),
    load: () => import('./ui/ScenarioPage'),
    // The machine and its texts, and its organisation's policy and contacts, download with the walker, not after it.
    preload: async (r) => {
      const entry = findScenario(r.id);
      if (!entry) return;
      const [{ loadScenario }, { i18nFor }, { loadOrganisationTexts }] = await Promise.all([import('./ui/scenarioCache'), import('./ui/i18nInstances'), import('./ui/moreTexts')]);
      return Promise.all([loadScenario(entry, i18nFor(r.lang)), loadOrganisationTexts(r.lang, entry.organisation)]);
    },
    // Every reachable step: every prefix of every path to an ending (the engine's stepPaths).
    prerendered: async (lang) => {
      const { stepPaths } = await import('../engine/paths');
      const steps = await Promise.all(scenarios.map(async (s) => ({ id: s.id, steps: stepPaths((await s.load()).default) })));
      return steps.flatMap(({ id, steps }) => steps.map((answers) => scenarioPath(lang, id, answers)));
    },
  },
};

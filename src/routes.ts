import { findScenario } from '../machines/index';
import { LANGUAGES, isLanguage, type Language } from './i18n/languages';

/** Page slugs that differ by language; scenario ids are the same in both. */
const SLUGS = {
  about: { fr: 'a-propos', en: 'about' },
  notListed: { fr: 'autre', en: 'other' },
  compare: { fr: 'comparer', en: 'compare' },
  trainer: { fr: 'formation', en: 'training' },
  search: { fr: 'recherche', en: 'search' },
  decisions: { fr: 'mes-decisions', en: 'my-decisions' },
} as const;

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
  if (slug === SLUGS.about[lang] && params.length === 0) return { page: 'about', lang };
  if (slug === SLUGS.compare[lang] && params.length === 0) return { page: 'compare', lang };
  if (slug === SLUGS.trainer[lang] && params.length <= 1) {
    const [sub] = params;
    if (sub === undefined) return { page: 'trainer', lang, view: 'home' };
    if (sub === 'session' || sub === 'quiz') return { page: 'trainer', lang, view: sub };
    if (findScenario(sub)) return { page: 'trainer', lang, view: 'scenario', id: sub };
  }
  if (slug === SLUGS.search[lang] && params.length === 0) return { page: 'search', lang };
  if (slug === SLUGS.decisions[lang] && params.length === 0) return { page: 'decisions', lang };
  if (slug === SLUGS.notListed[lang] && params.length === 1) return { page: 'notListed', lang, organisation: params[0]! };
  if (findScenario(slug) && params.length <= MAX_ANSWERS) return { page: 'scenario', lang, id: slug, answers: params };
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
export const aboutPath = (lang: Language) => `/${lang}/${SLUGS.about[lang]}/`;
export const comparePath = (lang: Language) => `/${lang}/${SLUGS.compare[lang]}/`;
/** A trainer page; the session and the quiz handout take the selection as `?s=<id>,<id>` (see src/trainer/selection.ts). */
export const trainerPath = (lang: Language, view: TrainerView = 'home', id?: string) =>
  `/${lang}/${SLUGS.trainer[lang]}/` + (view === 'home' ? '' : view === 'scenario' ? `${encodeURIComponent(id ?? '')}/` : `${view}/`);
export const searchPath = (lang: Language, query?: string) => `/${lang}/${SLUGS.search[lang]}/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
export const decisionsPath = (lang: Language) => `/${lang}/${SLUGS.decisions[lang]}/`;
export const notListedPath = (lang: Language, organisation: string) => `/${lang}/${SLUGS.notListed[lang]}/${encodeURIComponent(organisation)}/`;
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
  if (route.page === 'search') return ['q'];
  // The session and the quiz handout: the selection (src/trainer/selection.ts).
  if (route.page === 'trainer' && (route.view === 'session' || route.view === 'quiz')) return ['s', 'o', 'mode'];
  return [];
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
    case 'home':
    case 'root':
    case 'notFound':
      return homePath(lang);
    case 'about':
      return aboutPath(lang);
    case 'compare':
      return comparePath(lang);
    case 'trainer':
      return trainerPath(lang, route.view, route.id);
    case 'search':
      return searchPath(lang);
    case 'decisions':
      return decisionsPath(lang);
    case 'notListed':
      return notListedPath(lang, route.organisation);
    case 'scenario':
      return scenarioPath(lang, route.id, route.answers);
    case 'unsupportedLanguage': {
      // Read the rest of the path as it would be in either language (`/de/a-propos/` is the
      // about page), then give that page's path in the language asked for.
      const readings = LANGUAGES.map((l) => parseRoute(`/${l}/${route.rest}`));
      const known = readings.find((r) => r.page !== 'home' && r.page !== 'notFound') ?? readings[0]!;
      return known.page === 'unsupportedLanguage' || known.page === 'root' ? homePath(lang) : pathOnlyInLanguage(known, lang);
    }
  }
}

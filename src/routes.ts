import { LANGUAGES, isLanguage, type Language } from './i18n/languages';

/** Page slugs that differ by language; scenario ids are the same in both. */
const SLUGS = {
  about: { fr: 'a-propos', en: 'about' },
  notListed: { fr: 'autre', en: 'other' },
} as const;

export type Route =
  | { page: 'root' }
  | { page: 'home'; lang: Language }
  | { page: 'about'; lang: Language }
  | { page: 'notListed'; lang: Language; organisation: string }
  | { page: 'scenario'; lang: Language; id: string }
  | { page: 'notFound'; lang: Language }
  | { page: 'unsupportedLanguage'; segment: string; rest: string };

/** Reads a path such as `/fr/eq-relation-politique/`; never throws. */
export function parseRoute(path: string): Route {
  const segments = path.split('/').filter(Boolean).map((s) => safeDecode(s).replace(/\p{Cs}/gu, '\uFFFD')); // lone surrogates would make encodeURIComponent throw
  const [first, ...rest] = segments;
  if (first === undefined) return { page: 'root' };
  if (!isLanguage(first)) return { page: 'unsupportedLanguage', segment: first, rest: rest.join('/') };
  const lang = first;
  if (rest.length === 0) return { page: 'home', lang };
  const [slug, param, ...extra] = rest as [string, ...string[]];
  if (extra.length > 0) return { page: 'notFound', lang };
  if (slug === SLUGS.about[lang] && param === undefined) return { page: 'about', lang };
  if (slug === SLUGS.notListed[lang] && param !== undefined) return { page: 'notListed', lang, organisation: param };
  if (param === undefined) return { page: 'scenario', lang, id: slug };
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
export const notListedPath = (lang: Language, organisation: string) => `/${lang}/${SLUGS.notListed[lang]}/${encodeURIComponent(organisation)}/`;

/** The answers so far travel in the query string: `?r=ds.personne`. */
export function scenarioPath(lang: Language, id: string, answers: readonly string[] = []): string {
  return `/${lang}/${encodeURIComponent(id)}/` + (answers.length > 0 ? `?r=${answers.map(encodeURIComponent).join('.')}` : '');
}

/** Answers from a query string; unknown values are kept so the engine can point at them. */
export function parseAnswers(search: string): string[] {
  const raw = new URLSearchParams(search).get('r');
  if (!raw) return [];
  return raw.split('.').slice(0, 100);
}

/** The same page in the other language (same step of the same scenario). */
export function pathInLanguage(route: Route, lang: Language, search: string): string {
  switch (route.page) {
    case 'home':
    case 'root':
    case 'notFound':
      return homePath(lang);
    case 'about':
      return aboutPath(lang);
    case 'notListed':
      return notListedPath(lang, route.organisation);
    case 'scenario':
      return scenarioPath(lang, route.id, parseAnswers(search));
    case 'unsupportedLanguage': {
      // Read the rest of the path as it would be in either language (`/de/a-propos/` is the
      // about page), then give that page's path in the language asked for.
      const readings = LANGUAGES.map((l) => parseRoute(`/${l}/${route.rest}`));
      const known = readings.find((r) => r.page === 'about' || r.page === 'notListed') ?? readings[0]!;
      return known.page === 'unsupportedLanguage' || known.page === 'root' ? homePath(lang) : pathInLanguage(known, lang, search);
    }
  }
}

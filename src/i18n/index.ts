import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';

/**
 * Every text is downloaded in the language shown, when a page needs it: `common` (the
 * interface), `catalogue` (each scenario's title, for the home page), `comparison` (the
 * comparison page's short answers) and one namespace per
 * scenario (its questions and endings, `machines/<organisation>/<id>.<lang>.json`).
 */
const commonTexts: Record<string, () => Promise<Record<string, unknown>>> = {
  fr: () => import('virtual:common-texts/fr').then((m) => m.default),
  en: () => import('virtual:common-texts/en').then((m) => m.default),
};
const catalogueTexts: Record<string, () => Promise<Record<string, unknown>>> = {
  fr: () => import('virtual:scenario-catalogue/fr').then((m) => m.default),
  en: () => import('virtual:scenario-catalogue/en').then((m) => m.default),
};
const comparisonTexts: Record<string, () => Promise<Record<string, unknown>>> = {
  fr: () => import('virtual:comparison/fr').then((m) => m.default),
  en: () => import('virtual:comparison/en').then((m) => m.default),
};
/**
 * `machines/<organisation>/<id>.<lang>.json`, by id: a module of loaders, built with only the
 * organisations of this build, downloaded with the first scenario's page (not the home page's).
 */
const scenarioTexts: Record<string, () => Promise<typeof import('virtual:scenario-texts/fr')>> = {
  fr: () => import('virtual:scenario-texts/fr'),
  en: () => import('virtual:scenario-texts/en'),
};

async function loadScenarioTexts(lang: string, id: string): Promise<Record<string, unknown>> {
  const load = (await scenarioTexts[lang]?.())?.default[id];
  if (!load) throw new Error(`No texts for ${id} in ${lang}`);
  return (await load()).default;
}

export function loadTexts(lang: string, namespace: string): Promise<Record<string, unknown>> {
  const shared: Record<string, Record<string, () => Promise<Record<string, unknown>>>> = { common: commonTexts, catalogue: catalogueTexts, comparison: comparisonTexts };
  if (!(namespace in shared)) return loadScenarioTexts(lang, namespace);
  const load = shared[namespace]![lang];
  return load ? load() : Promise.reject(new Error(`No texts for ${namespace} in ${lang}`));
}

export interface I18nOptions {
  /** Called for every key asked for but found in no loaded namespace (tests fail on it). */
  onMissingKey?: (lang: string, namespace: string, key: string) => void;
}

export function createI18n(lng: Language, options: I18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  instance
    .use(initReactI18next)
    .use(resourcesToBackend(loadTexts))
    .init({
      lng,
      supportedLngs: ['fr', 'en'],
      fallbackLng: false,
      load: 'currentOnly',
      ns: [],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      saveMissing: Boolean(options.onMissingKey),
      missingKeyHandler: options.onMissingKey
        ? (lngs, ns, key) => lngs.forEach((l) => options.onMissingKey!(l, ns, key))
        : undefined,
      react: { useSuspense: true },
    });
  return instance;
}

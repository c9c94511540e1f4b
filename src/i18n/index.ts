import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import catalogue from 'virtual:scenario-catalogue';
import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';
import type { Language } from './languages';

/** Each scenario's texts: one namespace per scenario, downloaded with the page that shows it. */
const scenarioTexts = import.meta.glob<Record<string, unknown>>('../../machines/*.json', { import: 'default' });

export function loadScenarioTexts(lang: string, namespace: string): Promise<Record<string, unknown>> {
  const load = scenarioTexts[`../../machines/${namespace}.${lang}.json`];
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
    .use(resourcesToBackend(loadScenarioTexts))
    .init({
      lng,
      supportedLngs: ['fr', 'en'],
      fallbackLng: false,
      load: 'currentOnly',
      ns: ['common', 'catalogue'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: {
        fr: { common: frCommon, catalogue: catalogue.fr ?? {} },
        en: { common: enCommon, catalogue: catalogue.en ?? {} },
      },
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

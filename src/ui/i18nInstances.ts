import type { i18n } from 'i18next';
import { createI18n, type I18nOptions } from '../i18n/index';
import type { Language } from '../i18n/languages';

/** One i18next instance per language: the URL picks one, so nothing flips language mid-render. */
const instances = new Map<Language, i18n>();
const loads = new Map<string, Promise<void>>();
let options: I18nOptions = {};

export function i18nFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang, options);
    instances.set(lang, instance);
  }
  return instance;
}

/** Downloads namespaces once; the same promise every call (safe to pass to React's `use`). */
export function loadNamespaces(lang: Language, namespaces: string[]): Promise<void> {
  const key = `${lang}:${namespaces.join(',')}`;
  let promise = loads.get(key);
  if (!promise) {
    promise = i18nFor(lang).loadNamespaces(namespaces);
    promise.catch(() => loads.delete(key));
    loads.set(key, promise);
  }
  return promise;
}

/** For tests: start from fresh instances with these options. */
export function resetI18nInstances(next: I18nOptions = {}) {
  instances.clear();
  loads.clear();
  options = next;
}

import type { i18n } from 'i18next';
import { createI18n, type I18nOptions } from '../i18n/index';
import type { Language } from '../i18n/languages';
import { download, forgetDownloads } from './downloads';

/** One i18next instance per language: the URL picks one, so nothing flips language mid-render. */
const instances = new Map<Language, i18n>();
/** Per instance, the namespaces whose download failed: i18next loads those again only when asked to reload. */
const failedNamespaces = new WeakMap<i18n, Set<string>>();
let options: I18nOptions = {};

export function i18nFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang, options);
    instances.set(lang, instance);
  }
  return instance;
}

/**
 * Downloads namespaces into an instance and rejects when any of them is still missing:
 * i18next logs a failed download and resolves anyway, and would then show raw keys.
 */
export async function requireNamespaces(instance: i18n, namespaces: string[]): Promise<void> {
  const lang = instance.language;
  const missing = () => namespaces.filter((ns) => !instance.hasResourceBundle(lang, ns));
  let failed = failedNamespaces.get(instance);
  if (!failed) failedNamespaces.set(instance, (failed = new Set()));
  const failedBefore = missing().filter((ns) => failed.has(ns));
  await Promise.all([
    instance.loadNamespaces(namespaces),
    failedBefore.length > 0 ? instance.reloadResources([lang], failedBefore) : undefined,
  ]);
  const stillMissing = missing();
  stillMissing.forEach((ns) => failed.add(ns));
  if (stillMissing.length > 0) throw new Error(`Texts not downloaded: ${stillMissing.join(', ')} (${lang})`);
}

/**
 * Downloads namespaces once; the same promise every call (safe to pass to React's `use`).
 * It rejects (with `DownloadFailed`) when a namespace could not be downloaded, and stays
 * rejected until `retryFailedDownloads()`.
 */
export function loadNamespaces(lang: Language, namespaces: string[]): Promise<void> {
  return download(`texts:${lang}:${namespaces.join(',')}`, () => requireNamespaces(i18nFor(lang), namespaces));
}

/** For tests: start from fresh instances with these options (and no download remembered). */
export function resetI18nInstances(next: I18nOptions = {}) {
  instances.clear();
  forgetDownloads();
  options = next;
}

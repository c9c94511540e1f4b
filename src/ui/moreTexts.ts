import type { LaterCommonGroup } from '../i18n/textGroups';
import type { Language } from '../i18n/languages';
import { download } from './downloads';
import { i18nFor, loadNamespaces } from './i18nInstances';

/** Groups of the common texts that only some pages use (src/i18n/textGroups.ts). */
export type LaterTexts = LaterCommonGroup;

type Load = () => Promise<{ default: Record<string, unknown> }>;
const groups: Record<Language, Record<LaterTexts, Load>> = {
  fr: {
    walker: () => import('virtual:common-more/fr/walker'),
    about: () => import('virtual:common-more/fr/about'),
    notListed: () => import('virtual:common-more/fr/notListed'),
    searchResults: () => import('virtual:common-more/fr/searchResults'),
    record: () => import('virtual:common-more/fr/record'),
    decisions: () => import('virtual:common-more/fr/decisions'),
    trainer: () => import('virtual:common-more/fr/trainer'),
    compare: () => import('virtual:common-more/fr/compare'),
    organisations: () => import('virtual:common-more/fr/organisations'),
  },
  en: {
    walker: () => import('virtual:common-more/en/walker'),
    about: () => import('virtual:common-more/en/about'),
    notListed: () => import('virtual:common-more/en/notListed'),
    searchResults: () => import('virtual:common-more/en/searchResults'),
    record: () => import('virtual:common-more/en/record'),
    decisions: () => import('virtual:common-more/en/decisions'),
    trainer: () => import('virtual:common-more/en/trainer'),
    compare: () => import('virtual:common-more/en/compare'),
    organisations: () => import('virtual:common-more/en/organisations'),
  },
};

/**
 * Downloads one group once and merges it into the common namespace (after `common` itself, so
 * that i18next still downloads it). The same promise every call, safe for React's `use`; a
 * failure stays failed until « Réessayer », like every other download.
 */
export function loadMoreTexts(lang: Language, group: LaterTexts): Promise<void> {
  return download(`texts-more:${lang}:${group}`, async () => {
    const [, module] = await Promise.all([loadNamespaces(lang, ['common']), groups[lang][group]()]);
    i18nFor(lang).addResourceBundle(lang, 'common', module.default, true, false);
  });
}

const organisationIndexes: Record<Language, () => Promise<{ default: Record<string, Load> }>> = {
  fr: () => import('virtual:organisation-texts/fr'),
  en: () => import('virtual:organisation-texts/en'),
};

/**
 * One organisation's policy, date and contacts (its part of the `organisations` group), for a
 * scenario's pages: they need only their own organisation's.
 */
export function loadOrganisationTexts(lang: Language, organisation: string): Promise<void> {
  return download(`texts-org:${lang}:${organisation}`, async () => {
    const [, index] = await Promise.all([loadNamespaces(lang, ['common']), organisationIndexes[lang]()]);
    const load = index.default[organisation];
    if (!load) throw new Error(`No texts for the organisation ${organisation}`);
    i18nFor(lang).addResourceBundle(lang, 'common', (await load()).default, true, false);
  });
}

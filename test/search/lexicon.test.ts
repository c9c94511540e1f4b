import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { INDEX_OPTIONS, SEARCH_FIELDS, type SearchDocument, type SerialisedSearch } from '../../src/search/options';
import { queryTerm, tokenize } from '../../src/search/text';
import { builtIndexJson, searcherFor } from './index';

/**
 * Each entry of each language's lexicon (src/search/lexicon.<lang>.json) and the situation its
 * everyday word, typed alone, must find in the top 3.
 */
const ENTRIES: Record<'fr' | 'en', Record<string, string>> = {
  fr: {
    raciste: 'vbc-interaction-citoyen',
    haineux: 'vbc-interaction-citoyen',
    sexiste: 'vbc-interaction-citoyen',
    homophobe: 'vbc-interaction-citoyen',
    vulgaire: 'stu-commentaire-douteux',
    live: 'on-mes3-diffusion-direct',
    livestream: 'on-mes3-diffusion-direct',
    streaming: 'on-mes3-diffusion-direct',
    boss: 'vbc-propos-personnes',
    chef: 'vbc-propos-personnes',
    mdp: 'cest-mot-de-passe',
    intimidation: 'stu-commentaire-douteux',
    cyberintimidation: 'stu-commentaire-douteux',
    vacances: 'stu-heures-travail',
    dîner: 'stu-heures-travail',
    lunch: 'stu-heures-travail',
    cell: 'stu-heures-travail',
    iphone: 'stu-heures-travail',
    gmail: 'stu-inscription-courriel',
    hotmail: 'stu-inscription-courriel',
    mail: 'stu-inscription-courriel',
    mp: 'vbc-interaction-citoyen',
    dm: 'vbc-interaction-citoyen',
    bloquer: 'vbc-interaction-citoyen',
    gaffe: 'stu-erreur',
    publicité: 'vbc-demande-promotion',
    commandite: 'vbc-demande-promotion',
    osbl: 'vbc-demande-promotion',
    calomnie: 'stu-declaration-publique',
  },
  en: {
    racist: 'vbc-interaction-citoyen',
    hate: 'stu-commentaire-douteux',
    sexist: 'vbc-interaction-citoyen',
    homophobic: 'vbc-interaction-citoyen',
    vulgar: 'stu-commentaire-douteux',
    swearing: 'stu-commentaire-douteux',
    streaming: 'on-mes3-diffusion-direct',
    broadcast: 'on-mes3-diffusion-direct',
    supervisor: 'vbc-propos-personnes',
    coworker: 'vbc-propos-personnes',
    bullying: 'stu-commentaire-douteux',
    cyberbullying: 'stu-commentaire-douteux',
    lunch: 'stu-heures-travail',
    vacation: 'stu-heures-travail',
    holiday: 'stu-heures-travail',
    cellphone: 'stu-heures-travail',
    smartphone: 'stu-heures-travail',
    gmail: 'stu-inscription-courriel',
    hotmail: 'stu-inscription-courriel',
    inbox: 'vbc-interaction-citoyen',
    block: 'vbc-interaction-citoyen',
    blunder: 'stu-erreur',
    advertising: 'vbc-demande-promotion',
    sponsor: 'vbc-demande-promotion',
    charity: 'vbc-demande-promotion',
    nonprofit: 'vbc-demande-promotion',
    slander: 'stu-declaration-publique',
    libel: 'stu-declaration-publique',
  },
};

const LANGUAGES = ['fr', 'en'] as const;
const shipped = Object.fromEntries(LANGUAGES.map((lang) => [lang, JSON.parse(builtIndexJson(lang)) as SerialisedSearch]));
const searchers = { fr: searcherFor('fr'), en: searcherFor('en') };

const indexes = Object.fromEntries(LANGUAGES.map((lang) => [lang, MiniSearch.loadJS<SearchDocument>(shipped[lang]!.index, INDEX_OPTIONS)]));
const ownFields = SEARCH_FIELDS.filter((f) => f !== 'otherLanguage');

/** Whether a term is in the language's own texts (not only in the other language's title and keywords). */
const inOwnTexts = (lang: string, term: string) => indexes[lang]!.search(term, { fields: ownFields, prefix: false, fuzzy: false, processTerm: (t) => t }).length > 0;

describe.each(LANGUAGES)('the %s lexicon', (lang) => {
  const lexicon = shipped[lang]!.lexicon;

  it('ships with the index, and every entry has its situation below', () => {
    expect(Object.keys(lexicon).length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(lexicon).sort()).toEqual(Object.keys(ENTRIES[lang]).sort());
  });

  it.each(Object.entries(lexicon))('« %s » → %j: every word is one the scenario texts use', (_word, targets) => {
    const missing = targets.filter((target) => !tokenize(target).every((w) => queryTerm(w) === null || inOwnTexts(lang, queryTerm(w)!)));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(ENTRIES[lang]))('« %s » alone finds %s in the top 3', (word, expected) => {
    expect(searchers[lang].search(word, 3).map((h) => h.id)).toContain(expected);
  });
});

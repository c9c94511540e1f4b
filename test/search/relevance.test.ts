import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/search/engine';
import { scenarioTextFile } from '../../tooling/machine-files';
import { searcherFor } from './index';

const searchers = { fr: searcherFor('fr'), en: searcherFor('en') };
type Lang = keyof typeof searchers;

const titleOf = (id: string, lang: Lang) => (JSON.parse(readFileSync(scenarioTextFile(id.split('-')[0]!, id, lang), 'utf8')) as { title: string }).title;
const phrases = (hits: SearchHit[]) => hits.flatMap((h) => h.phrase ?? []);

describe('the relevance floor: no padding', () => {
  it.each<[Lang, string]>([
    ['fr', 'livestream'],
    ['fr', 'selfie'],
    ['fr', 'mot de passe'],
    ['en', 'password'],
    ['fr', "panne d'électricité au bureau de vote"],
    ['en', 'fake news going viral'],
  ])('%s « %s »: a strong match, and only a few results', (lang, query) => {
    const hits = searchers[lang].search(query, 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
  });

  it.each<[Lang, string]>([
    ['fr', 'zzzzqqq'],
    ['fr', 'xylophone quantique'],
    ['en', 'blorf wizzle'],
    ['en', 'zz'],
  ])('%s « %s »: nothing passes, so nothing is returned', (lang, query) => {
    expect(searchers[lang].search(query, 10)).toEqual([]);
  });

  it('leaves out what only a forgiven typo finds when other situations have the word itself', () => {
    // « pause » is one letter from « passe »: « mot de passe » and « passé » are near misses.
    const ids = searchers.fr.search('pause', 10).map((h) => h.id);
    expect(ids).toContain('stu-heures-travail');
    expect(ids).not.toContain('cest-mot-de-passe');
    expect(ids).not.toContain('eq-menage-publications');
  });

  it('still forgives typos when nothing has the word as typed', () => {
    expect(searchers.fr.search('desinformaton', 3)[0]?.id).toBe('eq-information-erronee');
    expect(searchers.en.search('misinformaton', 3)[0]?.id).toBe('eq-information-erronee');
    expect(searchers.en.search('FAKE NEWS going virall', 3)[0]?.id).toBe('eq-information-erronee');
  });

  it('gives the search timing’s queries (bench) no result before their last letter, and some after it', async () => {
    const { SEARCH_TIMING_QUERIES } = await import('../../bench/browser.mjs');
    for (const query of SEARCH_TIMING_QUERIES) {
      expect(searchers.fr.search(query.slice(0, -1), 10), query.slice(0, -1)).toEqual([]);
      expect(searchers.fr.search(query, 10).length, query).toBeGreaterThan(0);
    }
  });
});

describe('« why it matched »: only words matched as typed, never a near miss', () => {
  it('« pause » is never shown as « passé » or « mot de passe », not even on the page of the Commission (« mot de passe »)', () => {
    const { own, elsewhere } = searchers.fr.searchByOrganisation('pause', 'cest', 10);
    for (const hits of [searchers.fr.search('pause', 10), own, elsewhere]) {
      expect(phrases(hits).filter((p) => /pass[eé]/i.test(p))).toEqual([]);
      expect(hits.every((h) => h.field !== 'title' || /pause/i.test(h.title))).toBe(true);
    }
    expect(phrases(own)).toContain('pause');
  });

  it.each<[Lang, string]>([
    ['fr', 'direct'],
    ['en', 'direct'],
  ])('%s « %s » is never shown as « directeur », « directive » or « direction »', (lang, query) => {
    const hits = searchers[lang].search(query, 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(phrases(hits).filter((p) => /directeur|directive|direction/i.test(p))).toEqual([]);
  });

  it('shows the start of the word being typed, at the end of the query only', () => {
    expect(phrases(searchers.fr.search('pann', 10)).some((p) => /panne/i.test(p))).toBe(true);
    // « candid » is not being typed any more: « candidat » is not why these matched.
    const done = searchers.fr.search('candid vote', 10);
    expect(done.length).toBeGreaterThan(0);
    expect(phrases(done).filter((p) => /candidat/i.test(p))).toEqual([]);
    expect(done.map((h) => h.id)).not.toContain('eq-relation-politique');
    expect(searchers.fr.search('vote candid', 10).map((h) => h.id)).toContain('eq-relation-politique');
  });

  it('gives no reason for a situation found through a typo only', () => {
    const [hit] = searchers.fr.search('desinformaton', 3);
    expect(hit?.field).toBeUndefined();
    expect(hit?.phrase).toBeUndefined();
  });

  it('gives the lexicon’s word as the reason for an everyday word', () => {
    const [hit] = searchers.fr.search('raciste', 3);
    expect(hit).toMatchObject({ id: 'vbc-interaction-citoyen', field: 'keywords' });
    expect(hit?.phrase).toMatch(/discriminatoire|injure/);
  });
});

describe('a word of the other language finds the situation, shown in the page’s language', () => {
  it.each<[Lang, string, string]>([
    ['fr', 'password', 'cest-mot-de-passe'],
    ['fr', 'friend request', 'eq-amitie-coordination'],
    ['fr', 'water damage', 'eq-proposer-publication'],
    ['fr', 'break', 'stu-heures-travail'],
    ['en', 'mot de passe', 'cest-mot-de-passe'],
    ['en', 'demande d’amitié', 'eq-amitie-coordination'],
    ['en', 'égoportrait', 'stu-photo-lieu-travail'],
    ['en', 'congé', 'stu-heures-travail'],
  ])('%s « %s » → %s', (lang, query, expected) => {
    const hits = searchers[lang].search(query, 3);
    const hit = hits.find((h) => h.id === expected);
    expect(hits.map((h) => h.id)).toContain(expected);
    expect(hit?.title).toBe(titleOf(expected, lang));
    expect(hit?.field).toBe('otherLanguage');
    expect(hit?.phrase).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { searcherFor } from './index';

const fr = searcherFor('fr');
const en = searcherFor('en');
const ORGANISATIONS = ['eq', 'on', 'cest', 'vbc', 'stu'];
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('search on an organisation’s page: its own situations, the others’ apart', () => {
  it('« troll » on Saint-Urbain’s page: its own situation, Élections Québec’s elsewhere', () => {
    const { own, elsewhere } = fr.searchByOrganisation('troll', 'stu', 10);
    expect(ids(own)).toEqual(['stu-commentaire-douteux']);
    expect(ids(elsewhere)).toEqual(['eq-interpellation']);
  });

  it.each(ORGANISATIONS)('never mixes them (%s)', (org) => {
    for (const [searcher, query] of [
      [fr, 'publier une photo sur Facebook'],
      [fr, 'pause'],
      [en, 'comment on the page'],
    ] as const) {
      const { own, elsewhere } = searcher.searchByOrganisation(query, org, 10);
      expect(own.every((h) => h.org === org)).toBe(true);
      expect(elsewhere.every((h) => h.org !== org)).toBe(true);
      expect(own.length + elsewhere.length).toBeGreaterThan(0);
    }
  });

  it('judges its own situations among themselves: a stronger match elsewhere does not hide them', () => {
    // « raciste » finds Baie-Comeau's « discriminatoire » squarely; Saint-Urbain's « commentaire haineux » less so.
    expect(ids(fr.search('raciste', 10))).not.toContain('stu-commentaire-douteux');
    const { own, elsewhere } = fr.searchByOrganisation('raciste', 'stu', 10);
    expect(ids(own)).toEqual(['stu-commentaire-douteux']);
    expect(ids(elsewhere)).toEqual(['vbc-interaction-citoyen']);
  });

  it('does not pad its own list with situations that merely mention a word found squarely elsewhere', () => {
    const { own, elsewhere } = fr.searchByOrganisation('livestream', 'vbc', 10);
    expect(own).toEqual([]);
    expect(ids(elsewhere)).toEqual(['on-mes3-diffusion-direct']);
  });

  it('returns nothing on either side for a query that finds nothing', () => {
    expect(fr.searchByOrganisation('zzzzqqq', 'vbc', 10)).toEqual({ own: [], elsewhere: [] });
  });

  it('keeps to the limit on each side', () => {
    const { own, elsewhere } = fr.searchByOrganisation('publier une publication sur la page Facebook', 'vbc', 2);
    expect(own.length).toBe(2);
    expect(elsewhere.length).toBe(2);
  });
});

describe('search with a remembered organisation: its situations first', () => {
  it('ranks the preferred organisation’s situations first, each group in its own order', () => {
    const plain = fr.search('pause', 10);
    const preferred = fr.search('pause', 10, { prefer: 'vbc' });
    expect(plain[0]?.id).toBe('stu-heures-travail');
    expect(preferred[0]?.id).toBe('vbc-acces-poste-travail');
    const { own, elsewhere } = fr.searchByOrganisation('pause', 'vbc', 10);
    expect(ids(preferred)).toEqual([...ids(own), ...ids(elsewhere)]);
    // The others keep the order they have without a preference.
    expect(ids(preferred.filter((h) => h.org !== 'vbc'))).toEqual(ids(plain.filter((h) => h.org !== 'vbc')));
  });

  it('changes nothing when the organisation has no match', () => {
    expect(ids(fr.search('troll', 10, { prefer: 'cest' }))).toEqual(ids(fr.search('troll', 10)));
  });

  it('carries the organisation on every result', () => {
    for (const hit of fr.search('publier une photo', 10, { prefer: 'on' })) expect(ORGANISATIONS).toContain(hit.org);
  });
});

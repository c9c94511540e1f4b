import { describe, expect, it } from 'vitest';
import { fold, indexTerm, queryTerm, stem, tokenize } from '../../src/search/text';

describe('how search reads words', () => {
  it.each([
    ["L'ÉLECTION d’aujourd’hui", ['election', 'aujourd', 'hui']],
    ["qu'il, jusqu'au, s'abonner, c'est, n'importe", ['il', 'au', 'abonner', 'est', 'importe']],
    ['Œuvre, cœur', ['oeuvre', 'coeur']],
    ['Facebook Live!', ['facebook', 'live']],
  ])('tokenize(%j)', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it('folds accents and case', () => {
    expect(fold('Électricité DÉGÂT')).toBe('electricite degat');
  });

  it('drops small words and stems the rest the same way in the index and the query', () => {
    expect(queryTerm('de')).toBeNull();
    expect(queryTerm('the')).toBeNull();
    expect(indexTerm('publications')).toEqual(['publications', 'public']);
    expect(queryTerm('publications')).toBe('public');
    expect(queryTerm('photos')).toBe('photo');
  });

  it.each([
    ['directeur', 'direct'],
    ['directives', 'direct'],
    ['employeur', 'employé'],
  ])('keeps « %s » and « %s » apart (no near-miss « why it matched »)', (one, other) => {
    const term = (word: string) => queryTerm(tokenize(word)[0]!);
    expect(term(one)).not.toBe(term(other));
  });

  it('gives a plural the stem of its singular', () => {
    expect(stem('questions')).toBe(stem('question'));
    expect(stem('directeurs')).toBe(stem('directeur'));
    expect(stem('initiatives')).toBe(stem('initiative'));
  });
});

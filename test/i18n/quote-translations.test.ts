// English pages follow each French quote with an unofficial English rendering: every quote of
// every ending must have one (machines/<org>/quotes-en.json), and no rendering may outlive its quote.
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { endingQuotes, quoteTranslations, translationGaps } from '../../tooling/quote-translations';

const all = await loadAllScenarios();
const machinesByOrganisation = new Map<string, AnyStateMachine[]>();
for (const { document: organisation, machine } of all) machinesByOrganisation.set(organisation, [...(machinesByOrganisation.get(organisation) ?? []), machine]);
const organisations = [...machinesByOrganisation.keys()].sort();

describe('English renderings of the quotes', () => {
  it('covers every organisation that has scenarios', () => {
    expect(organisations.length).toBeGreaterThan(0);
    for (const organisation of organisations) expect(Object.keys(quoteTranslations(organisation)).length, organisation).toBeGreaterThan(0);
  });

  describe.each(organisations)('%s', (organisation) => {
    const machines = machinesByOrganisation.get(organisation)!;
    const translations = quoteTranslations(organisation);

    it('renders every quote of every ending, and nothing else', () => {
      expect(translationGaps(machines, translations)).toEqual({ missing: [], stale: [] });
    });

    it('gives a rendering in English typography, not the French again', () => {
      for (const [french, english] of Object.entries(translations)) {
        expect(typeof english, french).toBe('string');
        expect(english.trim(), french).not.toBe('');
        expect(english.trim(), french).not.toBe(french.trim());
        expect(english, french).not.toMatch(/[«»\u00a0\u202f]/);
      }
    });
  });

  it('reports a quote without a rendering and a rendering without a quote', () => {
    const organisation = organisations[0]!;
    const machines = machinesByOrganisation.get(organisation)!;
    const [quote] = endingQuotes(machines[0]!);
    const translations: Record<string, string> = { ...quoteTranslations(organisation), 'Un passage que rien ne cite.': 'A passage nothing quotes.' };
    delete translations[quote!];
    expect(translationGaps(machines, translations)).toEqual({ missing: [quote], stale: ['Un passage que rien ne cite.'] });
  });
});

// Every ending shows the policy's own words: each quote must appear word for word in the
// project's copy of its organisation's policy (policies/<sourceFile>), forgiving only
// whitespace, line breaks, no-break spaces and apostrophes (engine/quotes.ts).
import { describe, expect, it } from 'vitest';
import type { StepMeta } from '../../engine/model';
import { elidesNothing, isVerbatim, normaliseForQuote, policyList, quoteList, quoteParts } from '../../engine/quotes';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { readPolicy } from '../../tooling/policies';

const all = await loadAllScenarios();

const quotes = all.flatMap(({ id, machine, document }) =>
  Object.entries(machine.root.states).flatMap(([state, node]) => {
    const meta = node.meta as StepMeta | undefined;
    return meta?.kind === 'ending' ? meta.quotes.map((q, i) => ({ name: `${id} / ${state} / quote ${i + 1}`, document, text: q.text })) : [];
  }),
);

describe("the policy's own words", () => {
  it('every ending of every scenario quotes its policy', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(all.length);
  });

  it.each(quotes.map((q) => [q.name, q] as const))('%s is found word for word in the policy, and not from a list item without its lead-in', (_name, q) => {
    const policy = readPolicy(q.document);
    expect(isVerbatim(q.text, policy), `not in policies/…: « ${q.text} »`).toBe(true);
    expect(elidesNothing(q.text, policy), `« […] » where nothing is left out: « ${q.text} »`).toBe(false);
    const start = quoteParts(q.text)[0]!.slice(0, 40);
    const item = introducedItems(policy).find((i) => i.startsWith(start));
    expect(item, `« ${q.text} » starts at a list item: quote its lead-in first, with « […] » where words are left out`).toBeUndefined();
  });

  it('quoteList joins a lead-in and the items named, in the policy\'s order, « […] » only where items are left out', () => {
    const list = policyList('s', 'Il est responsable :', { page: 'De la page', comptes: 'Des comptes', outils: 'Des outils.' }, ';');
    expect(quoteList(list, 'page')).toEqual({ section: 's', text: 'Il est responsable : De la page' });
    expect(quoteList(list, 'outils', 'page').text).toBe('Il est responsable : De la page […] Des outils.');
    expect(quoteList(list, 'comptes', 'outils').text).toBe('Il est responsable : […] Des comptes;\n• Des outils.');
    const policy = 'Il est responsable :\n\n- De la page;\n- Des comptes;\n- Des outils.';
    expect(isVerbatim(quoteList(list, 'comptes', 'outils').text, policy)).toBe(true);
    expect(elidesNothing(quoteList(list, 'page').text, policy)).toBe(false);
  });

  it('finds the items of lists that a lead-in ending in « : » introduces, not the items of other lists', () => {
    const policy = 'Il est responsable :\n\n- De la page;\n- Des comptes.\n\nDeux façons.\n\n- Lorsqu\'un message arrive, on répond.\n  • de rire';
    expect(introducedItems(policy)).toEqual(['De la page;', 'Des comptes.']);
  });

  it('joins a lead-in and a list item it introduces, with « […] » where words are left out', () => {
    const policy = 'Il serait approprié :\n\n  • de promouvoir le travail\n  • de partager une réussite\n\nAutre section : de rire';
    expect(isVerbatim('Il serait approprié : de promouvoir le travail', policy)).toBe(true);
    expect(isVerbatim('Il serait approprié : […] de partager une réussite', policy)).toBe(true);
    expect(isVerbatim('Il serait approprié : de partager une réussite', policy)).toBe(false);
    expect(isVerbatim('de partager une réussite […] Il serait approprié :', policy)).toBe(false);
    expect(isVerbatim('Il serait approprié : […] de voter', policy)).toBe(false);
    expect(isVerbatim('Il serait approprié : […]', policy)).toBe(false);
    expect(isVerbatim(`Il serait approprié : […] de rire`, `Il serait approprié :${' mot'.repeat(200)} de rire`)).toBe(false);
    expect(elidesNothing('Il serait approprié : […] de promouvoir le travail', policy)).toBe(true);
    expect(elidesNothing('Il serait approprié : […] de partager une réussite', policy)).toBe(false);
  });

  it('forgives only layout: spaces, line breaks, no-break spaces and apostrophes', () => {
    const policy = "Vous n'avez aucune\nobligation d'accepter une demande d'amitié\u202f?";
    expect(isVerbatim('Vous n’avez aucune obligation', policy)).toBe(true);
    expect(isVerbatim("d'amitié ?", policy)).toBe(true);
    expect(isVerbatim("Vous n'avez une obligation", policy)).toBe(false);
    expect(isVerbatim('Vous n’avez aucune obligation.', policy)).toBe(false);
    expect(isVerbatim('', policy)).toBe(false);
    expect(normaliseForQuote(' a \u00a0 b ')).toBe('a b');
  });
});

/** The items (normalised) of the policy's lists whose lead-in ends in « : »: a quote needs that lead-in to read right. */
function introducedItems(policy: string): string[] {
  const items: string[] = [];
  let introduced = false;
  for (const line of policy.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (/^[ \t\u00a0\u202f]*(?:•|[-–—][ \t\u00a0\u202f])/.test(line)) {
      if (introduced) items.push(normaliseForQuote(line));
    } else introduced = line.trim().endsWith(':');
  }
  return items;
}

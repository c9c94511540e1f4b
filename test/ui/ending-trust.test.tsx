// The ending at a glance: the short answer right under the verdict, and the policy's own
// words, in French on every page, marked lang="fr", with a note on English pages.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarioPath } from '../../src/routes';
import { renderAt } from './renderAt';

const summaryOf = () => document.querySelector('.ending-summary');

describe('an ending people can trust at a glance', () => {
  it('French: the short answer follows the verdict, then the quoted passages and their sections', async () => {
    await renderAt(scenarioPath('fr', 'eq-amitie-coordination', ['recue']));
    await screen.findByRole('heading', { level: 1 });
    const verdict = document.querySelector('.verdict')!;
    expect(verdict.nextElementSibling).toBe(summaryOf());
    expect(summaryOf()).toHaveTextContent('Vous pouvez accepter ou refuser : rien ne vous y oblige.');

    expect(screen.getByRole('heading', { level: 2, name: 'Ce que dit la politique' })).toBeInTheDocument();
    const quote = document.querySelector('blockquote')!;
    expect(quote).toHaveAttribute('lang', 'fr');
    expect(quote).toHaveTextContent("vous n'avez aucune obligation d'accepter une demande d'amitié");
    expect(within(quote.closest('figure')!).getByText(/Est-ce que je dois accepter une demande d'amitié/)).toBeInTheDocument();
    expect(screen.queryByText(/quote the French text/)).toBeNull();
    expect(screen.queryByText(/citent le texte français/)).toBeNull();
  });

  it('English: the quote stays in French, marked lang="fr", with a one-line note', async () => {
    await renderAt(scenarioPath('en', 'eq-manquement-personnel', ['oui']));
    await screen.findByRole('heading', { level: 1 });
    expect(summaryOf()).toHaveTextContent('You must explain the rules to them and notify your coordinator.');
    expect(screen.getByRole('heading', { level: 2, name: 'What the policy says' })).toBeInTheDocument();
    expect(screen.getByText('These passages quote the French text of the policy, which is the text this guide applies.')).toBeInTheDocument();
    const quotes = [...document.querySelectorAll('blockquote')];
    expect(quotes.length).toBe(2);
    for (const q of quotes) expect(q).toHaveAttribute('lang', 'fr');
    expect(quotes[1]).toHaveTextContent('il doit lui expliquer les règles à respecter');
  });
});

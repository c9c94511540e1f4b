import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { answersForRole, scenarios } from '../../machines/index';
import { scenarioPath } from '../../src/routes';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { i18nFor, loadNamespaces } from '../../src/ui/i18nInstances';
import { renderAt } from './renderAt';

describe('home, about and « not in the list » pages', () => {
  it('the home page lists every scenario under its organisation and role, past the role question', async () => {
    await renderAt('/fr/');
    expect(await screen.findByRole('heading', { level: 2, name: 'Élections Québec' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /directrices et directeurs du scrutin/ })).toBeInTheDocument();
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    for (const s of scenarios) {
      for (const role of s.roles) expect(hrefs, `${s.id} for ${role}`).toContain(scenarioPath('fr', s.id, answersForRole(s, role)));
      expect(hrefs.filter((h) => h?.startsWith(`/fr/${s.id}/`)).length, s.id).toBe(s.roles.length);
    }
    // The list already says the role: the staff's link skips the role question.
    expect(hrefs).toContain('/fr/eq-relation-politique/personnel/');
    expect(hrefs).toContain('/fr/eq-relation-politique/ds/');
    expect(screen.getByRole('link', { name: "Ma situation n'est pas dans la liste (Élections Québec)" })).toHaveAttribute('href', '/fr/autre/eq/');
  });

  it('the English home page lists the English titles', async () => {
    await renderAt('/en/');
    // Listed once under each role it is for.
    expect(await screen.findAllByRole('link', { name: 'May I be friends with an elected person or a candidate, or like their page?' })).toHaveLength(2);
  });

  it('« not in the list » names whom the policy says to ask', async () => {
    await renderAt('/fr/autre/eq/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent("Ma situation n'est pas dans la liste");
    expect(screen.getByText(/Écrivez à votre coordonnatrice/)).toHaveTextContent('Direction des communications et des affaires publiques (DCOMAP)');
    expect(screen.getByText(/^Source/)).toHaveTextContent(/^Source : Foire aux questions/);
  });

  it('« not in the list » for an unknown organisation says the page does not exist', async () => {
    await renderAt('/en/other/nope/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });

  it('the about page lists each source policy with its date and says the guide does not replace it', async () => {
    await renderAt('/en/about/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('About this guide');
    expect(screen.getByRole('rowheader', { name: 'Élections Québec' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'undated' })).toBeInTheDocument();
    expect(screen.getByText(/does not replace them/)).toBeInTheDocument();
    expect(screen.getByText(/published by the team that builds it/)).toBeInTheDocument();
    expect(screen.getByText(/^Version \d+\.\d+\.\d+, of \d{4}-\d{2}-\d{2}\.$/)).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: /returning officers' library/ })).toBeInTheDocument();
    // What « Mes décisions » keeps, and the choice not to keep anything on a shared computer.
    expect(screen.getByText(/“Stop keeping my answers on this device” stops keeping any new answer/)).toBeInTheDocument();
  });
});

describe('the error boundary', () => {
  it('shows a readable message and a way home instead of a blank page', async () => {
    await loadNamespaces('fr', ['common']);
    const Broken = () => {
      throw new Error('boom');
    };
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <I18nextProvider i18n={i18nFor('fr')}>
          <ErrorBoundary homePath="/fr/">
            <Broken />
          </ErrorBoundary>
        </I18nextProvider>,
      );
    } finally {
      console.error = quiet;
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Une erreur est survenue');
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/fr/');
  });
});

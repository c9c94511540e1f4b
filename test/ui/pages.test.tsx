import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { answersForRole, organisations, scenarios } from '../../machines/index';
import { readFileSync } from 'node:fs';
import { organisationTextFile } from '../../tooling/machine-files';
import { organisationPath, scenarioPath } from '../../src/routes';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { i18nFor, loadNamespaces } from '../../src/ui/i18nInstances';
import { renderAt } from './renderAt';

const orgTexts = (id: string) => JSON.parse(readFileSync(organisationTextFile(id, 'fr'), 'utf8')) as { name: string; date: string };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('home, organisation, about and « not in the list » pages', () => {
  it('the home page leads with the choice of organisation, each a link to its own page (the old #org- anchors land on it)', async () => {
    await renderAt('/fr/');
    const choice = within(await screen.findByRole('navigation', { name: 'Votre organisation' }));
    const hrefs = choice.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(organisations.map((o) => organisationPath('fr', o.id)));
    expect(hrefs).toContain('/fr/baie-comeau/');
    for (const org of organisations) expect(document.getElementById(`org-${org.id}`)?.querySelector('a')?.getAttribute('href')).toBe(organisationPath('fr', org.id));
    // No situation is listed on the home page itself: each organisation's page lists its own.
    expect(screen.queryAllByRole('link').filter((a) => scenarios.some((s) => a.getAttribute('href')?.startsWith(`/fr/${s.id}/`)))).toEqual([]);
  });

  it.each(organisations.map((o) => o.id))('the page of %s lists its situations by role (past the role question), its policy and its contacts, and no other organisation\'s', async (id) => {
    const org = organisations.find((o) => o.id === id)!;
    await renderAt(organisationPath('fr', id));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(orgTexts(id).name);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    const own = scenarios.filter((s) => s.organisation === id);
    for (const s of own) {
      for (const role of s.roles) expect(hrefs, `${s.id} for ${role}`).toContain(scenarioPath('fr', s.id, answersForRole(s, role)));
    }
    const others = scenarios.filter((s) => s.organisation !== id);
    expect(hrefs.filter((h) => others.some((s) => h?.startsWith(`/fr/${s.id}/`)))).toEqual([]);
    expect(screen.getByRole('heading', { level: 2, name: 'La politique' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(escape(orgTexts(id).date)))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Qui consulter' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('.contact-list'))).toHaveLength(org.contacts.length);
    expect(screen.getByRole('link', { name: "Ma situation n'est pas dans la liste" })).toHaveAttribute('href', `/fr/autre/${id}/`);
  });

  it('the English page of an organisation lists the English titles, once under each role', async () => {
    await renderAt('/en/elections-quebec/');
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

import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderAt } from './renderAt';

const heading = () => screen.findByRole('heading', { level: 1 });
const answerLinks = () => within(screen.getByRole('group')).getAllByRole('link');

describe('the scenario walker', () => {
  it('asks one question per page: a fieldset whose legend is the h1, each answer a link to the next step', async () => {
    await renderAt('/fr/eq-relation-politique/');
    const h1 = await heading();
    expect(h1.textContent).toBe('Quel est votre rôle\u202f?');
    const fieldset = screen.getByRole('group');
    expect(fieldset.tagName).toBe('FIELDSET');
    expect(within(fieldset).getByRole('heading', { level: 1 })).toBe(h1);
    expect(answerLinks().map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Directrice ou directeur du scrutin (DS)', '/fr/eq-relation-politique/ds/'],
      ['Membre du personnel électoral', '/fr/eq-relation-politique/personnel/'],
    ]);
    await waitFor(() => expect(document.title).toBe('Quel est votre rôle\u202f? – Guide des médias sociaux'));
  });

  it('an answer moves to the next step, puts the answer in the path and focuses the new h1', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/');
    await user.click(await screen.findByRole('link', { name: 'Directrice ou directeur du scrutin (DS)' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/'));
    const h1 = await screen.findByRole('heading', { level: 1, name: /De quelle page/ });
    await waitFor(() => expect(document.activeElement).toBe(h1));
  });

  it('restores the exact step from the path', async () => {
    await renderAt('/fr/eq-relation-politique/ds/personne/');
    expect(await heading()).toHaveTextContent('Connaissez-vous cette personne dans votre vie personnelle');
  });

  it('an old link with the answers in `?r=` lands on the step it named', async () => {
    await renderAt('/fr/eq-relation-politique/?r=ds.personne');
    expect(await heading()).toHaveTextContent('Connaissez-vous cette personne dans votre vie personnelle');
    expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/personne/');
  });

  it('« Retour » returns to the previous question and shows the answer given there as chosen', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/ds/personne/');
    await heading();
    expect(screen.queryByText('Votre réponse')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Retour' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/'));
    expect(await heading()).toHaveTextContent('De quelle page');
    const chosen = screen.getByRole('link', { current: true });
    expect(chosen).toHaveTextContent(/Celui d.une personne élue ou candidate/);
    expect(chosen).toHaveTextContent('Votre réponse');
    expect(answerLinks().filter((a) => a.getAttribute('aria-current'))).toHaveLength(1);
  });

  it('browser back shows the answer the user had chosen on that page', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/ds/');
    await user.click(await screen.findByRole('link', { name: /Celui d.un parti/ }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/parti/'));
    await act(async () => {
      history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/'));
    expect(await screen.findByRole('link', { current: true })).toHaveTextContent(/Celui d.un parti/);
  });

  it('shows the ending: verdict in words, action, alternative, reason, contact, citation and the answers', async () => {
    await renderAt('/fr/eq-relation-politique/ds/personne/oui/');
    const h1 = await heading();
    expect(h1).toHaveTextContent('Oui, à certaines conditions');
    for (const title of ["Ce qu'il faut faire", 'Solution de rechange', 'Pourquoi', 'Qui consulter', 'Source', 'Vos réponses']) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.includes('Vous devez être en mesure d’expliquer ce lien'.replace('’', "'")))).toBe(true);
    expect(screen.getByText(/Élections Québec, non datée/)).toBeInTheDocument();
    expect(screen.getByText(/Votre coordonnatrice ou votre coordonnateur/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Modifier/ })).toHaveLength(3);
  });

  it('« Modifier » then the same answer keeps the later answers; another answer drops them', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/ds/personne/oui/');
    await heading();
    await user.click(screen.getByRole('link', { name: /^Modifier votre réponse à la question .*De quelle page/ }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/'));
    await screen.findByRole('heading', { level: 1, name: /De quelle page/ });
    const same = screen.getByRole('link', { current: true });
    expect(same).toHaveTextContent(/Celui d.une personne élue ou candidate/);
    expect(same).toHaveAttribute('href', '/fr/eq-relation-politique/ds/personne/oui/');
    expect(screen.getByRole('link', { name: /Celui d.un parti/ })).toHaveAttribute('href', '/fr/eq-relation-politique/ds/parti/');
    await user.click(same);
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/personne/oui/'));
    expect(await heading()).toHaveTextContent('Oui, à certaines conditions');
  });

  it('the language switch keeps the user on the same step and sets <html lang>', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/ds/');
    await heading();
    await user.click(screen.getByRole('link', { name: 'Read this page in English' }));
    await waitFor(() => expect(currentUrl()).toBe('/en/eq-relation-politique/ds/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Whose page or profile is it?' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(localStorage.getItem('langue')).toBe('en');
    await user.click(screen.getByRole('link', { name: 'Lire cette page en français' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/'));
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  it('walks a scenario in English to its ending', async () => {
    const { user } = await renderAt('/en/eq-relation-politique/');
    await user.click(await screen.findByRole('link', { name: 'Member of the electoral staff' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Answer\s+Check first$/ })).toBeInTheDocument();
    expect(screen.getByText(/Your returning officer \(DS\)/)).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderAt } from './renderAt';

const heading = () => screen.findByRole('heading', { level: 1 });

describe('the scenario walker', () => {
  it('asks one question per page as a fieldset whose legend is the h1', async () => {
    await renderAt('/fr/eq-relation-politique/');
    const h1 = await heading();
    expect(h1.textContent).toBe('Quel est votre rôle\u202f?');
    const fieldset = screen.getByRole('group');
    expect(fieldset.tagName).toBe('FIELDSET');
    expect(within(fieldset).getByRole('heading', { level: 1 })).toBe(h1);
    expect(within(fieldset).getAllByRole('radio')).toHaveLength(2);
    await waitFor(() => expect(document.title).toBe('Quel est votre rôle\u202f? – Guide des médias sociaux'));
  });

  it('answering moves to the next question, puts the answers in the URL and focuses the new h1', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/');
    await user.click(await screen.findByLabelText('Directrice ou directeur du scrutin (DS)'));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/?r=ds'));
    const h1 = await screen.findByRole('heading', { level: 1, name: /De quelle page/ });
    await waitFor(() => expect(document.activeElement).toBe(h1));
  });

  it('shows an error tied to the fieldset when nothing is chosen, and stays on the question', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/?r=ds');
    await heading();
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Il y a un problème');
    const fieldset = screen.getByRole('group');
    const describedBy = fieldset.getAttribute('aria-describedby')!.split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages.some((m) => m?.includes('Choisissez une réponse pour continuer.'))).toBe(true);
    expect(currentUrl()).toBe('/fr/eq-relation-politique/?r=ds');
    // Choosing an answer clears the error.
    await user.click(screen.getAllByRole('radio')[0]!);
    expect(screen.queryByText('Choisissez une réponse pour continuer.', { selector: 'p' })).toBeNull();
  });

  it('restores the exact step from the URL', async () => {
    await renderAt('/fr/eq-relation-politique/?r=ds.personne');
    expect(await heading()).toHaveTextContent('Connaissez-vous cette personne dans votre vie personnelle');
  });

  it('the back link returns to the previous question', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/?r=ds.personne');
    await heading();
    await user.click(screen.getByRole('link', { name: 'Retour' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/?r=ds'));
    expect(await heading()).toHaveTextContent('De quelle page');
  });

  it('shows the ending: verdict in words, action, alternative, reason, contact, citation and the answers', async () => {
    await renderAt('/fr/eq-relation-politique/?r=ds.personne.oui');
    const h1 = await heading();
    expect(h1).toHaveTextContent('Oui, à certaines conditions');
    for (const title of ['Ce qu’il faut faire', 'Solution de rechange', 'Pourquoi', 'Qui consulter', 'Source', 'Vos réponses'].map((t) => t.replace('’', "'"))) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.includes('Vous devez être en mesure d’expliquer ce lien'.replace('’', "'")))).toBe(true);
    expect(screen.getByText(/Élections Québec, non datée/)).toBeInTheDocument();
    expect(screen.getByText(/Votre coordonnatrice ou votre coordonnateur/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Modifier/ })).toHaveLength(3);
  });

  it('« Modifier » goes back to that question with the earlier answer chosen, dropping later answers', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/?r=ds.personne.oui');
    await heading();
    await user.click(screen.getByRole('link', { name: /^Modifier votre réponse à la question .*De quelle page/ }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/?r=ds'));
    await screen.findByRole('heading', { level: 1, name: /De quelle page/ });
    expect(screen.getByLabelText('Celui d’une personne élue ou candidate'.replace('’', "'"))).toBeChecked();
    await user.click(screen.getByLabelText(/Celui d'un parti/));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/?r=ds.parti'));
    expect(await heading()).toHaveTextContent('Non');
  });

  it('the language switch keeps the user on the same step and sets <html lang>', async () => {
    const { user } = await renderAt('/fr/eq-relation-politique/?r=ds');
    await heading();
    await user.click(screen.getByRole('link', { name: 'Read this page in English' }));
    await waitFor(() => expect(currentUrl()).toBe('/en/eq-relation-politique/?r=ds'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Whose page or profile is it?' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(localStorage.getItem('langue')).toBe('en');
    await user.click(screen.getByRole('link', { name: 'Lire cette page en français' }));
    await waitFor(() => expect(currentUrl()).toBe('/fr/eq-relation-politique/?r=ds'));
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  it('walks a scenario in English to its ending', async () => {
    const { user } = await renderAt('/en/eq-relation-politique/');
    await user.click(await screen.findByLabelText('Member of the electoral staff'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Answer\s+Check first$/ })).toBeInTheDocument();
    expect(screen.getByText(/Your returning officer \(DS\)/)).toBeInTheDocument();
  });
});

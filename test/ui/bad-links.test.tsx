import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderAt } from './renderAt';

const heading = () => screen.findByRole('heading', { level: 1 });

describe('bad links and the root path', () => {
  it('an unknown scenario is a page not found, with a way home', async () => {
    await renderAt('/fr/pas-un-scenario/');
    expect(await heading()).toHaveTextContent('Page introuvable');
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/fr/');
  });

  it('an answer that does not fit offers the question it stopped at, by name, and the start', async () => {
    await renderAt('/fr/eq-relation-politique/ds/nimporte/quoi/');
    expect(await heading()).toHaveTextContent('Ce lien contient une réponse que nous ne reconnaissons pas');
    expect(screen.getByRole('link', { name: /^Reprendre à la question «.De quelle page ou de quel profil/ })).toHaveAttribute('href', '/fr/eq-relation-politique/ds/');
    expect(screen.getByRole('link', { name: 'Recommencer depuis le début' })).toHaveAttribute('href', '/fr/eq-relation-politique/');
  });

  it('answers after an ending are refused, and the way forward is that ending, not a question that does not exist', async () => {
    await renderAt('/en/eq-relation-politique/personnel/oui/');
    expect(await heading()).toHaveTextContent('This link contains an answer we do not recognise');
    expect(screen.queryByRole('link', { name: /^Resume at/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'See the answer the valid answers lead to' })).toHaveAttribute('href', '/en/eq-relation-politique/personnel/');
  });

  it('an unsupported language offers the same page in French and in English', async () => {
    await renderAt('/de/eq-relation-politique/ds/');
    expect(await heading()).toHaveTextContent('Langue non offerte');
    expect(screen.getByRole('link', { name: 'Continuer en français' })).toHaveAttribute('href', '/fr/eq-relation-politique/ds/');
    expect(screen.getByRole('link', { name: 'Continue in English' })).toHaveAttribute('href', '/en/eq-relation-politique/ds/');
  });

  it('an unknown page inside a language says so', async () => {
    await renderAt('/en/a/b/c/');
    expect(await heading()).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
  });

  it('/ goes to French by default', async () => {
    await renderAt('/');
    await waitFor(() => expect(currentUrl()).toBe('/fr/'));
    expect(await heading()).toHaveTextContent('Que voulez-vous vérifier');
  });

  it('/ goes to the remembered language, and survives a corrupted stored value', async () => {
    localStorage.setItem('langue', 'en');
    await renderAt('/');
    await waitFor(() => expect(currentUrl()).toBe('/en/'));
    localStorage.setItem('langue', '{"broken');
    await renderAt('/');
    await waitFor(() => expect(currentUrl()).toBe('/fr/'));
  });
});

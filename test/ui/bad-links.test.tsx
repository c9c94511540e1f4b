import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderAt } from './renderAt';

const heading = () => screen.findByRole('heading', { level: 1 });

describe('bad links and the root path', () => {
  it('an unknown scenario says so and links to the list', async () => {
    await renderAt('/fr/pas-un-scenario/');
    expect(await heading()).toHaveTextContent("Cette situation n'existe pas");
    expect(screen.getByRole('link', { name: 'Voir toutes les situations' })).toHaveAttribute('href', '/fr/');
  });

  it('an answer that does not fit offers the valid part and the start', async () => {
    await renderAt('/fr/eq-relation-politique/?r=ds.nimporte.quoi');
    expect(await heading()).toHaveTextContent('Ce lien contient une réponse que nous ne reconnaissons pas');
    expect(screen.getByRole('link', { name: 'Reprendre à la question 2' })).toHaveAttribute('href', '/fr/eq-relation-politique/?r=ds');
    expect(screen.getByRole('link', { name: 'Recommencer depuis le début' })).toHaveAttribute('href', '/fr/eq-relation-politique/');
  });

  it('answers after an ending are refused, not ignored', async () => {
    await renderAt('/en/eq-relation-politique/?r=personnel.oui');
    expect(await heading()).toHaveTextContent('This link contains an answer we do not recognise');
    expect(screen.getByRole('link', { name: 'Resume at question 2' })).toHaveAttribute('href', '/en/eq-relation-politique/?r=personnel');
  });

  it('an unsupported language offers the same page in French and in English', async () => {
    await renderAt('/de/eq-relation-politique/?r=ds');
    expect(await heading()).toHaveTextContent('Langue non offerte');
    expect(screen.getByRole('link', { name: 'Continuer en français' })).toHaveAttribute('href', '/fr/eq-relation-politique/?r=ds');
    expect(screen.getByRole('link', { name: 'Continue in English' })).toHaveAttribute('href', '/en/eq-relation-politique/?r=ds');
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

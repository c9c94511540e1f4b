import { screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, rememberLanguage, rememberedLanguage } from '../../src/i18n/languages';
import { currentUrl, renderAt } from '../ui/renderAt';

/** The only key the app writes (src/i18n/languages.ts). */
const KEY = 'langue';

const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.json({ maxDepth: 2 }),
  fc.constantFrom('', ' fr', 'fr ', 'FR', 'En', '"fr"', '"en"', "'fr'", 'fr-CA', 'en-US', 'fr\u0000', '["fr"]', '{"langue":"fr"}', '{"broken', 'null', 'undefined', 'true', '0', '__proto__', 'constructor'),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'fr'.repeat(n)),
);

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('a corrupted or unusable local storage', () => {
  it('rememberedLanguage() returns a language only for exactly "fr" or "en"', () => {
    fc.assert(
      fc.property(fc.oneof(garbage, fc.constantFrom(...LANGUAGES)), (value) => {
        localStorage.setItem(KEY, value);
        const remembered = rememberedLanguage();
        if (value === 'fr' || value === 'en') expect(remembered).toBe(value);
        else expect(remembered).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('rememberLanguage() then rememberedLanguage() round-trips, whatever was stored before', () => {
    fc.assert(
      fc.property(garbage, fc.constantFrom(...LANGUAGES), (value, lang) => {
        localStorage.setItem(KEY, value);
        rememberLanguage(lang);
        expect(localStorage.getItem(KEY)).toBe(lang);
        expect(rememberedLanguage()).toBe(lang);
      }),
      { numRuns: 100 },
    );
  });

  it('neither function throws when getItem and setItem throw (blocked storage, full quota)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => rememberedLanguage()).not.toThrow();
    expect(rememberedLanguage()).toBeUndefined();
    for (const lang of LANGUAGES) expect(() => rememberLanguage(lang)).not.toThrow();
  });

  it('neither function throws when localStorage itself cannot be read', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(blocked);
    expect(() => globalThis.localStorage).toThrow(); // the stub is the one the app sees
    expect(rememberedLanguage()).toBeUndefined();
    expect(() => rememberLanguage('en')).not.toThrow();
  });
});

describe('the whole app at / with a bad local storage', () => {
  const frenchHome = async () => {
    await waitFor(() => expect(currentUrl()).toBe('/fr/'));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Que voulez-vous vérifier ?');
    expect(document.documentElement.lang).toBe('fr');
  };

  it.each(['{"broken', 'english', 'EN', '"en"', ' en', '\u0000', 'x'.repeat(100_000)])('shows the French home page when « langue » holds %j', async (value) => {
    localStorage.setItem(KEY, value);
    await renderAt('/');
    await frenchHome();
  });

  it('shows the French home page when reading and writing localStorage throw', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    await renderAt('/');
    await frenchHome();
    expect(getItem).toHaveBeenCalled(); // the app did try to read the remembered language
    expect(setItem).toHaveBeenCalled(); // and to remember French
  });
});

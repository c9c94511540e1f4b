import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { Component, Suspense, use, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadFailed, download, forgetDownloads, retryFailedDownloads } from '../../src/ui/downloads';
import { requireNamespaces } from '../../src/ui/i18nInstances';
import { currentUrl, renderAt } from './renderAt';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
  forgetDownloads();
});

describe('the download cache', () => {
  it('a failed download stays failed: asking again does not download again', async () => {
    const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const first = download('x', load);
    await expect(first).rejects.toBeInstanceOf(DownloadFailed);
    await expect(first).rejects.toMatchObject({ cause: expect.any(TypeError) });
    expect(download('x', load)).toBe(first);
    expect(download('x', load)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('retry forgets the failures only; the next request downloads again and can succeed', async () => {
    const failing = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('back');
    const fine = vi.fn(async () => 'ok');
    const failed = download('failing', failing);
    const succeeded = download('fine', fine);
    await expect(failed).rejects.toThrow();
    await expect(succeeded).resolves.toBe('ok');

    expect(retryFailedDownloads()).toBe(1);
    const again = download('failing', failing);
    expect(again).not.toBe(failed);
    await expect(again).resolves.toBe('back');
    expect(download('fine', fine)).toBe(succeeded);
    expect(failing).toHaveBeenCalledTimes(2);
    expect(fine).toHaveBeenCalledTimes(1);
    expect(retryFailedDownloads()).toBe(0);
  });

  it('a settled download is marked the way React’s use() reads it', async () => {
    const ok = download('ok', async () => 1);
    const ko = download('ko', async () => Promise.reject(new Error('no')));
    await Promise.allSettled([ok, ko]);
    expect(ok).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(ko).toMatchObject({ status: 'rejected', reason: expect.any(DownloadFailed) });
  });

  it('a component reading a failed download with use() does not download again when it renders again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the error it caught
    const load = vi.fn(() => Promise.reject(new Error('404')));
    function Reader() {
      use(download('component', load));
      return <p>downloaded</p>;
    }
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      render() {
        return this.state.failed ? <p>failed</p> : this.props.children;
      }
    }
    // A new boundary each time: the reader renders again, and meets the same failed download.
    const tree = (n: number) => (
      <Boundary key={n}>
        <Suspense fallback="…">
          <Reader />
        </Suspense>
      </Boundary>
    );
    // Rendered as the app is in these tests (renderAt): in an awaited act(), then on its own.
    let rerender: (ui: ReactNode) => void = () => {};
    await act(async () => {
      ({ rerender } = render(tree(0)));
    });
    expect(await screen.findByText('failed')).toBeInTheDocument();
    for (let n = 1; n <= 5; n++) {
      await act(async () => rerender(tree(n)));
      expect(await screen.findByText('failed')).toBeInTheDocument();
    }
    await pause(50);
    expect(load).toHaveBeenCalledTimes(1);

    load.mockResolvedValueOnce(undefined as never);
    retryFailedDownloads();
    await act(async () => rerender(tree(6)));
    expect(await screen.findByText('downloaded')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('texts that fail to download', () => {
  it('reject instead of resolving with raw keys, and download again (once) on retry', async () => {
    const texts = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ hello: 'Bonjour' });
    const instance = i18next.createInstance();
    instance.use(resourcesToBackend((_lang: string, _ns: string) => texts())).init({ lng: 'fr', ns: [], initAsync: false, fallbackLng: false });

    await expect(requireNamespaces(instance, ['greetings'])).rejects.toThrow(/greetings/);
    // i18next itself would not ask its backend again for a namespace that failed.
    await instance.loadNamespaces(['greetings']);
    expect(texts).toHaveBeenCalledTimes(1);

    await requireNamespaces(instance, ['greetings']);
    expect(texts).toHaveBeenCalledTimes(2);
    expect(instance.t('greetings:hello')).toBe('Bonjour');
  });
});

describe('the app when a scenario fails to download', () => {
  it('shows the message, does not download again by itself, and « Réessayer » shows the question at the same address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the error it caught
    // The app reads the machine as data, from the build's loaders (src/ui/scenarioCache.ts).
    const machines = (await import('virtual:scenario-machines/all')).default;
    const load = vi.spyOn(machines, 'eq-relation-politique').mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const { user } = await renderAt('/fr/eq-relation-politique/ds/');

    expect(await screen.findByRole('heading', { level: 1, name: "Une partie du guide n'a pas pu être téléchargée" })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Vérifiez votre connexion Internet');
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/fr/');
    await pause(200);
    expect(load).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^De quelle page ou de quel profil/ })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(currentUrl()).toBe('/fr/eq-relation-politique/ds/');
  });
});

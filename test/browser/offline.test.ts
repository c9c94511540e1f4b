import { describe, expect, it } from 'vitest';
import { h1Text, setUpBrowser } from './browser';
import { allScenarioPaths, walkFromHome } from './scenarios';

const browser = setUpBrowser();
const all = await allScenarioPaths();

describe('offline, after one visit', () => {
  it('the app opens and every scenario walks to an ending with the network off', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/');
    // The service worker installs (precaching everything), then controls the next load.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    expect(await h1Text(page)).toBe('Que voulez-vous vérifier ?');
    for (const { id, paths } of all) {
      await walkFromHome(page, 'fr', id, paths[0]!);
      expect(await page.locator('.verdict h1').count(), id).toBe(1);
    }
    // A shared link, in the other language, opened offline.
    await page.goto('/en/eq-relation-politique/ds/personne/');
    expect(await h1Text(page)).toBe('Do you know this person in your personal life?');
    await page.goto('/en/eq-interpellation/rumeur/');
    expect(await h1Text(page)).toContain('Report it');
    // An address that is no page: offline too, a way home rather than the browser's error.
    await page.goto('/fr/nulle-part/');
    expect(await h1Text(page)).toBe('Page introuvable');
    await context.close();
  });

  it('the web app manifest makes it installable', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/');
    await h1Text(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const installability = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Test browsers run in a private profile, which alone blocks installation.
    expect(installability.installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { h1Text, useBrowser } from './browser';

const browser = useBrowser();

describe('prerendered pages', () => {
  it('show the home page and a first question before any script runs', async () => {
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/fr/eq-relation-politique/');
    expect(await h1Text(page)).toBe('Quel est votre rôle ?');
    expect(await page.locator('input[type=radio]').count()).toBe(2);
    expect(await page.title()).toBe('Quel est votre rôle ? – Guide des médias sociaux'.replace(' ?', '\u202f?'));
    await page.goto('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await h1Text(page)).toBe('What do you want to check?');
    // Any other path gets the app shell, which still says what is happening and where to go.
    await page.goto('/fr/inconnu/?r=a.b');
    expect(await page.locator('#root').innerText()).toContain('Chargement du Guide des médias sociaux');
    expect(await page.locator('#root a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/fr/', '/en/']);
    await context.close();
  });

  it('hydrate without a mismatch, and a prerendered file asked with answers shows the right step', async () => {
    const { page, context } = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    await page.goto('/fr/eq-relation-politique/');
    await page.locator('form[data-enhanced]').waitFor();
    await page.getByLabel('Directrice ou directeur du scrutin (DS)').check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    expect(await page.locator('h1').innerText()).toContain('De quelle page');
    await page.goto('/fr/eq-relation-politique/?r=ds.personne');
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    expect(messages).toEqual([]);
    await context.close();
  });

  it('keeps an answer picked before the app started', async () => {
    const { page, context } = await browser.newPage({ serviceWorkers: 'block' });
    let release = () => {};
    const appMayStart = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await appMayStart;
      await route.continue();
    });
    await page.goto('/fr/eq-relation-politique/', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Membre du personnel électoral').check();
    release();
    await page.locator('form[data-enhanced]').waitFor();
    expect(await page.getByLabel('Membre du personnel électoral').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.waitForURL('**/fr/eq-relation-politique/?r=personnel');
    expect(await page.locator('.verdict h1').innerText()).toContain('À vérifier');
    await context.close();
  });
});

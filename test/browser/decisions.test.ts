import { describe, expect, it } from 'vitest';
import { appReady, expectNoAxeViolations, h1Text, setUpBrowser } from './browser';

const browser = setUpBrowser();
const ENDING = '/fr/eq-relation-politique/ds/personne/oui/';
const OTHER = '/fr/eq-information-erronee/non/';

describe('« Mes décisions »', () => {
  it('keeps each ending reached, survives a reload, reopens, deletes one and clears all', async () => {
    const { page, context } = await browser.newPage();
    for (const path of [ENDING, OTHER]) {
      await page.goto(path);
      await appReady(page);
      await page.locator('.record-kept').waitFor();
    }
    await page.goto('/fr/mes-decisions/');
    await page.reload();
    expect(await h1Text(page)).toBe('Mes décisions');
    const items = page.locator('.decision');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    // Newest first, with the verdict and a link to the ending.
    expect(await items.nth(0).getByRole('link').getAttribute('href')).toBe(OTHER);
    expect(await items.nth(1).innerText()).toMatch(/Réponse\s:\sOui, à certaines conditions/);
    await expectNoAxeViolations(page, 'Mes décisions');

    await items.nth(1).getByRole('link').click();
    await page.waitForURL(`**${ENDING}`);
    await page.goBack();
    await appReady(page);
    await items.first().waitFor();

    await items.nth(0).getByRole('button', { name: /Supprimer/ }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'supprimée' }).count()).toBe(1);
    await page.reload();
    await appReady(page);
    await items.first().waitFor();
    expect(await items.count()).toBe(1);

    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => items.count()).toBe(0);
    expect(await page.getByText("Vous n'avez encore obtenu aucune réponse sur cet appareil.").count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('mes-decisions'))).toBeNull();
    await context.close();
  });

  it('recovers a corrupted history: a message, every entry that could be read kept, never a blank page', async () => {
    const { page, context } = await browser.newPage();
    const good = { id: 'eq-relation-politique', answers: ['ds', 'personne', 'oui'], lang: 'fr', title: 'Puis-je être ami ?', verdict: 'allowed-if', date: '2026-11-20T10:00:00.000Z' };
    // A write cut short: the start of the list is whole, the rest is lost.
    const stored = JSON.stringify({ format: 1, decisions: [good, { ...good, id: 'eq-information-erronee', answers: ['non'] }] }).slice(0, -30);
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mes-decisions', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    await page.goto('/fr/mes-decisions/');
    expect(await h1Text(page)).toBe('Mes décisions');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('illisible');
    expect(await page.locator('.decision').count()).toBe(1);
    await expectNoAxeViolations(page, 'Mes décisions after a repair');
    // Repaired once: the next visit has no message and the same entry.
    await page.reload();
    await appReady(page);
    await page.locator('.decision').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.decision').count()).toBe(1);
    await context.close();
  });

  it('shows the page, with a message, when storage holds garbage or cannot be used', async () => {
    for (const value of ['{"broken', 'x'.repeat(300_000), '[1,2,3]', 'null']) {
      const { page, context } = await browser.newPage();
      await page.addInitScript((v) => localStorage.setItem('mes-decisions', v), value);
      await page.goto('/fr/mes-decisions/');
      expect(await h1Text(page)).toBe('Mes décisions');
      await context.close();
    }
    const { page, context } = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/fr/mes-decisions/');
    expect(await h1Text(page)).toBe('Mes décisions');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('stockage bloqué');
    // Nothing is kept anyway: no choice to offer.
    expect(await page.getByRole('button', { name: 'Ne plus garder mes réponses sur cet appareil' }).count()).toBe(0);
    // An ending still shows, and says it could not be kept.
    await page.goto(ENDING);
    await appReady(page);
    expect(await page.locator('.record-kept').innerText()).toContain("n'a pas pu être gardée");
    await context.close();
  });

  it('on a shared computer: « Ne pas garder cette réponse », then « Ne plus garder mes réponses » (nothing added, even after a reload) and « Garder de nouveau »', async () => {
    const { page, context } = await browser.newPage();
    const stored = () => page.evaluate(() => localStorage.getItem('mes-decisions'));
    const kept = page.locator('.record-kept');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

    // One answer: kept, then not, with the keyboard; focus stays on the button, the status says it.
    await page.goto(ENDING);
    await appReady(page);
    expect(await kept.innerText()).toContain('Cette réponse est gardée dans Mes décisions');
    expect(await kept.getAttribute('role')).toBe('status');
    expect(await stored()).toContain('eq-relation-politique');
    await page.getByRole('button', { name: 'Ne pas garder cette réponse' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => kept.innerText()).toContain("Cette réponse n'est pas gardée dans Mes décisions, à votre demande.");
    expect(await focusedText()).toBe('Garder cette réponse');
    expect(await stored()).toBeNull();
    // Reloaded (or reopened) in this tab, it is not kept again.
    await page.reload();
    await appReady(page);
    await expect.poll(() => kept.innerText()).toContain("n'est pas gardée");
    expect(await stored()).toBeNull();

    // The lasting choice, on « Mes décisions ».
    await kept.getByRole('link', { name: 'Ne plus garder aucune réponse sur cet appareil' }).click();
    await page.waitForURL('**/fr/mes-decisions/');
    await page.getByRole('button', { name: 'Ne plus garder mes réponses sur cet appareil' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'ne seront plus gardées' }).count()).toBe(1);
    expect(await focusedText()).toBe('Garder de nouveau mes réponses');
    expect(await page.locator('main').innerText()).toContain('Le guide ne garde plus vos réponses sur cet appareil');
    await expectNoAxeViolations(page, 'Mes décisions, history off');

    // Another ending: nothing written, the ending says so, with a link to turn it back on; a reload changes nothing.
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      else await page.goto(OTHER);
      await appReady(page);
      await expect.poll(() => kept.innerText()).toContain('Mes décisions est désactivé sur cet appareil');
      expect(await page.getByRole('button', { name: /garder cette réponse/i }).count()).toBe(0);
      expect(await stored()).toBeNull();
    }
    await page.getByRole('link', { name: 'Réactiver Mes décisions' }).click();
    await page.waitForURL('**/fr/mes-decisions/');
    expect(await page.locator('.decision').count()).toBe(0);

    // Kept again from now on.
    await page.getByRole('button', { name: 'Garder de nouveau mes réponses' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'de nouveau gardées' }).count()).toBe(1);
    await page.goto(OTHER);
    await appReady(page);
    await expect.poll(() => kept.innerText()).toContain('Cette réponse est gardée dans Mes décisions');
    expect(await stored()).toContain('eq-information-erronee');
    await context.close();
  });

  it('a damaged choice counts as « off »: the ending keeps nothing and says so, the page offers to keep again', async () => {
    const { page, context } = await browser.newPage();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mes-decisions-desactive', '{"broken');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(OTHER);
    await appReady(page);
    await expect.poll(() => page.locator('.record-kept').innerText()).toContain('Mes décisions est désactivé');
    expect(await page.evaluate(() => localStorage.getItem('mes-decisions'))).toBeNull();
    await page.goto('/fr/mes-decisions/');
    await page.getByRole('button', { name: 'Garder de nouveau mes réponses' }).click();
    expect(await page.evaluate(() => localStorage.getItem('mes-decisions-desactive'))).toBeNull();
    await context.close();
  });

  it('without JavaScript, says the page needs it', async () => {
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/en/my-decisions/');
    expect(await page.locator('h1').innerText()).toBe('My decisions');
    expect(await page.locator('main').innerText()).toContain('it needs JavaScript');
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { appReady, expectNoAxeViolations, setUpBrowser } from './browser';

/**
 * Each user's own organisation first: its own page, the home page offering it once opened
 * (kept on this device only, with « ne plus garder »), its name above every step, a plain
 * notice on another organisation's situation, and « Retour » back to where a situation was opened.
 */
const browser = setUpBrowser();
const KEPT = '.kept-organisation:not([hidden])';

describe("the user's own organisation", () => {
  it('its page works without JavaScript: situations by role, policy, contacts; a first question leads back to it', async () => {
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/fr/baie-comeau/');
    expect(await page.locator('h1').innerText()).toBe('Ville de Baie-Comeau');
    expect(await page.locator('main a[href^="/fr/vbc-"]').count()).toBeGreaterThan(10);
    expect(await page.locator('main a[href^="/fr/stu-"], main a[href^="/fr/eq-"]').count()).toBe(0);
    await page.locator('main a[href="/fr/vbc-renseignements/"]').click();
    expect(await page.locator('.caption-organisation').innerText()).toBe('Ville de Baie-Comeau');
    expect(await page.locator('main .back-link').getAttribute('href')).toBe('/fr/baie-comeau/');
    await context.close();
  });

  it('is offered first on the home page once its page was opened, until « ne plus garder »; nothing but that is kept', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/');
    await appReady(page);
    expect(await page.locator(KEPT).count()).toBe(0);

    await page.goto('/en/saint-urbain/');
    await appReady(page);
    await expectNoAxeViolations(page, 'organisation page en');
    await page.goto('/fr/');
    await appReady(page);
    // Shown by the home page's own script, before (and without) the app.
    await expect.poll(() => page.locator(KEPT).innerText()).toMatch(/^Continuer avec votre organisation\s:\sMunicipalité de Saint-Urbain/);
    expect(await page.locator(`${KEPT} a`).getAttribute('href')).toBe('/fr/saint-urbain/');
    await expectNoAxeViolations(page, 'home with a kept organisation');
    expect(await page.evaluate(() => ({ ...localStorage }))).toMatchObject({ organisation: 'stu' });
    expect(await context.cookies()).toEqual([]);

    await page.getByRole('button', { name: 'Ne plus garder mon organisation sur cet appareil' }).click();
    expect(await page.locator(KEPT).count()).toBe(0);
    await page.goto('/fr/saint-urbain/');
    await appReady(page);
    // Not kept again by opening the page; the page offers to keep it again.
    await page.getByRole('button', { name: /Garder de nouveau Municipalité de Saint-Urbain/ }).waitFor();
    await page.goto('/fr/');
    await appReady(page);
    expect(await page.locator(KEPT).count()).toBe(0);
    await context.close();
  });

  it("another organisation's situation says plainly whose policy it follows", async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/elections-quebec/');
    await appReady(page);
    await page.goto('/fr/stu-erreur/');
    await appReady(page);
    await expect
      .poll(() => page.getByRole('note').innerText())
      .toBe("Cette situation suit la politique d'une autre organisation\u00a0: Municipalité de Saint-Urbain. Votre organisation\u00a0: Élections Québec.");
    expect(await page.locator('.caption-organisation').innerText()).toBe('Municipalité de Saint-Urbain');
    await context.close();
  });

  it('its search shows its own situations, the others apart; « Retour » from a result goes back to the results', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/saint-urbain/');
    await appReady(page);
    await page.locator('#search-q').fill('photo');
    const own = page.getByRole('list', { name: 'Situations trouvées' });
    await own.waitFor();
    const ownOrgs = await own.locator('.search-result-org').allInnerTexts();
    expect(new Set(ownOrgs)).toEqual(new Set(['Municipalité de Saint-Urbain']));
    const elsewhere = page.getByRole('list', { name: /Dans d'autres organisations/ });
    expect(await elsewhere.locator('.search-result-org').allInnerTexts()).not.toContain('Municipalité de Saint-Urbain');
    await expectNoAxeViolations(page, 'organisation search');

    await own.getByRole('link').first().click();
    await page.locator('main .back-link').waitFor();
    expect(await page.locator('main .back-link').getAttribute('href')).toBe('/fr/saint-urbain/?q=photo');
    await page.locator('main .back-link').click();
    await page.waitForURL('**/fr/saint-urbain/?q=photo');
    await own.waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('photo');
    await context.close();
  });
});

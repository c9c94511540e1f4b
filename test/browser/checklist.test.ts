import { describe, expect, it } from 'vitest';
import { appReady, setUpBrowser } from './browser';

const browser = setUpBrowser();
/** Mise en situation 3, the live-stream: an ending with its seven points to weigh. */
const ENDING = '/fr/on-mes3-diffusion-direct/oui/oui/non/';

describe('the points to weigh on an ending', () => {
  it('are native checkboxes that tick without JavaScript and print ticked', async () => {
    const { page, context } = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(ENDING);
    const boxes = page.locator('.checklist input[type=checkbox]');
    expect(await boxes.count()).toBe(7);
    await page.locator('.checklist label').nth(0).click();
    await boxes.nth(5).check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false); // the navigation does not print
    expect(await boxes.nth(0).isVisible()).toBe(true);
    expect(await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked))).toEqual([true, false, false, false, false, true, false]);
    const pdf = await page.pdf();
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await context.close();
  });

  it('keep the ticks made before the app took over the page', async () => {
    const { page, context } = await browser.newPage({ serviceWorkers: 'block' });
    let release = () => {};
    const appMayStart = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await appMayStart;
      await route.continue();
    });
    await page.goto(ENDING, { waitUntil: 'domcontentloaded' });
    await page.locator('.checklist input[type=checkbox]').nth(2).check();
    release();
    await appReady(page);
    expect(await page.locator('.checklist input[type=checkbox]').nth(2).isChecked()).toBe(true);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { appReady, expectNoAxeViolations, h1Text, setUpBrowser } from './browser';
import { answerByKeyboard, focusedHeading, tabTo } from './keyboard';

const browser = setUpBrowser();

/** The focus ring drawn around the focused h1, if any. */
const headingOutline = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const h1 = document.activeElement as HTMLElement;
    return h1.tagName === 'H1' ? getComputedStyle(h1).outlineStyle : 'not focused';
  });

describe('a full scenario by keyboard only, in a real browser', () => {
  it('French: from the home page to a cited ending, surviving a reload mid-way', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/');
    await page.waitForURL('**/fr/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await h1Text(page)).toBe('Que voulez-vous vérifier ?');
    await expectNoAxeViolations(page, 'home fr');

    // The organisation first, then its DS list, which links past the role question: the list has said it.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Élections Québec');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/elections-quebec/');
    expect(await focusedHeading(page)).toBe('Élections Québec');
    await tabTo(page, (f) => f.tag === 'a' && f.text.startsWith('Puis-je être ami'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/eq-relation-politique/ds/');
    expect(await focusedHeading(page)).toBe("De quelle page ou de quel profil s'agit-il ?");
    expect(await headingOutline(page)).not.toBe('none'); // keyboard users see where focus is
    await expectNoAxeViolations(page, 'second question fr');

    await answerByKeyboard(page, 'personne');
    expect(await focusedHeading(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    expect(new URL(page.url()).pathname).toBe('/fr/eq-relation-politique/ds/personne/');

    await page.reload();
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');

    await answerByKeyboard(page, 'oui');
    expect(await focusedHeading(page)).toBe('Réponse Oui, à certaines conditions');
    expect(await page.title()).toBe('Réponse\u00a0: Oui, à certaines conditions – Guide des médias sociaux');
    const main = await page.locator('main').innerText();
    for (const part of ["Ce qu'il faut faire", 'Solution de rechange', 'Pourquoi', 'Qui consulter', 'Source', 'Vos réponses']) expect(main).toContain(part);
    await expectNoAxeViolations(page, 'ending fr');

    // Browser back returns to the previous question, with the answer given there marked.
    await page.goBack();
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    await expect.poll(() => page.locator('a.answer[aria-current="true"]').getAttribute('data-answer')).toBe('oui');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('English: a shared link opens the same step, and the walk ends on a cited ending', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/en/eq-manquement-personnel/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await h1Text(page)).toBe('Did this member of the electoral staff do partisan work on a day they were working?');
    await expectNoAxeViolations(page, 'first question en');

    await answerByKeyboard(page, 'non');
    expect(await focusedHeading(page)).toBe('Is their conduct at work exemplary?');
    await expectNoAxeViolations(page, 'second question en');

    await page.reload();
    expect(await h1Text(page)).toBe('Is their conduct at work exemplary?');

    await answerByKeyboard(page, 'oui');
    expect(await focusedHeading(page)).toBe('Answer Check first');
    expect(new URL(page.url()).pathname).toBe('/en/eq-manquement-personnel/non/oui/');
    await expectNoAxeViolations(page, 'ending en');

    // The language switch keeps the step, and focus lands on the new page's heading.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Français');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/eq-manquement-personnel/non/oui/');
    expect(await focusedHeading(page)).toBe('Réponse À vérifier');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await context.close();
  });

  it('a mouse click moves focus to the new heading without drawing a focus ring', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/eq-relation-politique/');
    await appReady(page);
    await page.locator('a.answer[data-answer="ds"]').click();
    expect(await focusedHeading(page)).toBe("De quelle page ou de quel profil s'agit-il ?");
    expect(await headingOutline(page)).toBe('none');
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, focused, h1Text, useBrowser } from './browser';
import { answerByKeyboard, focusedHeading, tabTo } from './keyboard';

const browser = useBrowser();

describe('a full scenario by keyboard only, in a real browser', () => {
  it('French: from the home page to a cited ending, surviving a reload mid-way', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/');
    await page.waitForURL('**/fr/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await h1Text(page)).toBe('Que voulez-vous vérifier ?');
    await expectNoAxeViolations(page, 'home fr');

    await tabTo(page, (f) => f.tag === 'a' && f.text.startsWith('Puis-je être ami'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/eq-relation-politique/');
    expect(await focusedHeading(page)).toBe('Quel est votre rôle ?');
    await expectNoAxeViolations(page, 'first question fr');

    await answerByKeyboard(page, 0); // DS
    expect(await focusedHeading(page)).toBe("De quelle page ou de quel profil s'agit-il ?");
    await expectNoAxeViolations(page, 'second question fr');
    await answerByKeyboard(page, 0); // an elected person or a candidate
    expect(page.url()).toMatch(/\/fr\/eq-relation-politique\/\?r=ds\.personne$/);

    await page.reload();
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');

    await answerByKeyboard(page, 0); // yes, in my personal life
    expect(await focusedHeading(page)).toBe('Réponse Oui, à certaines conditions');
    expect(await page.title()).toBe('Réponse\u00a0: Oui, à certaines conditions – Guide des médias sociaux');
    const main = await page.locator('main').innerText();
    for (const part of ["Ce qu'il faut faire", 'Solution de rechange', 'Pourquoi', 'Qui consulter', 'Source', 'Vos réponses']) expect(main).toContain(part);
    await expectNoAxeViolations(page, 'ending fr');

    // Browser back returns to the previous question.
    await page.goBack();
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('English: a shared link opens the same step, and the walk ends on a cited ending', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/en/eq-manquement-personnel/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await h1Text(page)).toBe('Did this member of the electoral staff do partisan work on a day they were working?');
    await expectNoAxeViolations(page, 'first question en');

    await answerByKeyboard(page, 1); // no
    expect(await focusedHeading(page)).toBe('Is their conduct at work exemplary?');
    await expectNoAxeViolations(page, 'second question en');

    await page.reload();
    expect(await h1Text(page)).toBe('Is their conduct at work exemplary?');

    await answerByKeyboard(page, 0); // yes
    expect(await focusedHeading(page)).toBe('Answer Check first');
    expect(page.url()).toMatch(/\/en\/eq-manquement-personnel\/\?r=non\.oui$/);
    await expectNoAxeViolations(page, 'ending en');

    // The language switch keeps the step.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Français');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/eq-manquement-personnel/?r=non.oui');
    expect(await h1Text(page)).toBe('Réponse À vérifier');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await focused(page)).toBeDefined();
    await context.close();
  });
});

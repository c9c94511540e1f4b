import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../machines/index';
import { endingPaths } from '../../engine/paths';
import { walk } from '../../engine/walk';
import { appReady, expectNoAxeViolations, h1Text, setUpBrowser } from './browser';
import { tabTo } from './keyboard';

const browser = setUpBrowser();

/** Until the session has rendered in the app (not the prerendered page) and listens to the keyboard. */
async function sessionReady(page: Page, state: string) {
  await appReady(page);
  await page.locator(`.session[data-keyboard="ready"][data-session-state="${state}"]`).waitFor();
}

/** Visible text with French no-break spaces read as spaces. */
const textOf = async (locator: import('playwright-core').Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** The text of a diagram box: its lines (tspans), joined. */
const boxText = (page: Page, node: string) =>
  page
    .locator(`svg.diagram [data-node="${node}"] text`)
    .evaluate((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ').replace(/\s+/g, ' ').trim());

const state = (page: Page) => page.locator('.session').getAttribute('data-session-state');

/** Presses Tab until the element with this id has focus (keyboard only). */
async function tabToId(page: Page, id: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** The right verdict of each quiz case of a scenario, in the order the session puts them. */
async function rightVerdicts(id: string) {
  const machine = (await findScenario(id)!.load()).default;
  return endingPaths(machine).map((answers) => {
    const position = walk(machine, answers);
    if (position.kind !== 'ending') throw new Error('not an ending');
    return position.meta.verdict;
  });
}
const VERDICT_KEYS = { allowed: '1', 'allowed-if': '2', 'not-allowed': '3', required: '4', recommended: '5', escalate: '6', ask: '7' } as const;

describe('trainer mode, in a real browser', () => {
  it('the trainer pages pass axe, the home and question pages never download the trainer code, and no page downloads a layout library', async () => {
    const { page, context } = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    for (const path of ['/fr/', '/fr/eq-relation-politique/', '/en/eq-relation-politique/ds/personne/']) {
      await page.goto(path);
      await appReady(page);
      await page.waitForLoadState('networkidle');
    }
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /dagre|Trainer|diagram-/i.test(s))).toEqual([]);

    await page.goto('/fr/');
    expect(await h1Text(page)).toBe('Que voulez-vous vérifier ?');
    await page.locator('main a[href="/fr/formation/"]').click();
    expect(await h1Text(page)).toBe('Formation : présenter et tester les situations');
    await expectNoAxeViolations(page, 'trainer home fr');

    await page.goto('/en/training/eq-relation-politique/');
    await appReady(page);
    await page.locator('main svg.diagram').waitFor();
    // The sheet downloads its diagram laid out at build time, and no layout library.
    expect(scripts.some((s) => /\/diagram-en-eq-relation-politique-/.test(s))).toBe(true);
    expect(scripts.filter((s) => /dagre/i.test(s))).toEqual([]);
    expect(await page.locator('svg.diagram [data-node]').count()).toBe(7);
    expect(await page.locator('svg.diagram [data-edge]').count()).toBe(6);
    await page.locator('summary', { hasText: 'The diagram as a list' }).click();
    await expectNoAxeViolations(page, 'scenario sheet en');

    await page.goto('/fr/formation/quiz/?s=eq-relation-politique');
    await appReady(page);
    await page.locator('.answer-key li').first().waitFor();
    expect(await page.locator('.quiz-case').count()).toBe(4);
    await expectNoAxeViolations(page, 'quiz handout fr');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('a presentation by keyboard only: pick, go back, replay, reveal, next', async () => {
    const { page, context } = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto('/fr/formation/');
    await appReady(page);
    await tabToId(page, 'pick-eq-relation-politique');
    await page.keyboard.press('Space');
    await tabToId(page, 'pick-eq-suivre-partager');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Présenter', 200); // past every scenario's checkbox and sheet link
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/formation/session/?s=eq-relation-politique,eq-suivre-partager&mode=presentation');
    await sessionReady(page, 'choose');
    expect(await h1Text(page)).toBe('La séance est prête');
    await expectNoAxeViolations(page, 'session ready');

    await page.keyboard.press('ArrowRight');
    expect(await h1Text(page)).toBe('Quel est votre rôle ?');
    await expectNoAxeViolations(page, 'presentation, first question');
    await page.keyboard.press('1'); // DS
    expect(await h1Text(page)).toBe("De quelle page ou de quel profil s'agit-il ?");
    await page.keyboard.press('1'); // a person
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    // The path so far is lit on the diagram, and the walk stands on this question.
    expect(await page.locator('svg.diagram .diagram-edge.is-lit').count()).toBe(2);
    expect(await page.locator('svg.diagram .is-current').getAttribute('data-node')).toBe('connaissance');
    await page.keyboard.press('ArrowLeft');
    expect(await h1Text(page)).toBe("De quelle page ou de quel profil s'agit-il ?");
    await page.keyboard.press('ArrowRight'); // replays the answer taken back
    expect(await h1Text(page)).toBe('Connaissez-vous cette personne dans votre vie personnelle ?');
    await page.keyboard.press('1'); // knows them personally
    expect(await h1Text(page)).toBe("Qu'en dit la politique ?");
    // The verdict is hidden until revealed, on the page and in the diagram.
    expect(await page.locator('.verdict').count()).toBe(0);
    expect(await boxText(page, 'lienPersonnelCondition')).toBe('Réponse ?');
    await expectNoAxeViolations(page, 'presentation, before the reveal');
    await page.keyboard.press('2'); // the room says « Oui, à certaines conditions »
    await page.keyboard.press('Space');
    expect(await h1Text(page)).toBe('Réponse Oui, à certaines conditions');
    expect(await page.locator('.session-main').innerText()).toContain('bonne réponse');
    expect(await boxText(page, 'lienPersonnelCondition')).toBe('Oui, à certaines conditions');
    await expectNoAxeViolations(page, 'presentation, revealed');
    // D: the why, the policy's words and whom to ask, in the diagram's place; D again: the diagram.
    await page.keyboard.press('d');
    const details = await page.locator('.session-details').innerText();
    expect(details).toContain('Pourquoi');
    expect(details).toContain('Ce que dit la politique');
    expect(details).toContain('Qui consulter');
    expect(await page.locator('.session-details blockquote[lang="fr"]').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.diagram').count()).toBe(0);
    await expectNoAxeViolations(page, 'presentation, revealed, the why');
    await page.keyboard.press('d');
    expect(await page.locator('.session-details').count()).toBe(0);
    expect(await page.locator('svg.diagram').count()).toBe(1);

    // Next: a scenario with no question goes straight to « Qu'en dit la politique ? ».
    await page.keyboard.press('ArrowRight');
    expect(await h1Text(page)).toBe("Qu'en dit la politique ?");
    expect(await page.locator('.session-progress').innerText()).toContain('cas 2 sur 2');
    await page.keyboard.press('Space');
    expect(await state(page)).toBe('reveal');
    await page.keyboard.press('ArrowRight');
    expect(await h1Text(page)).toBe('Bilan de la séance');
    expect(await textOf(page.locator('.session-score'))).toBe('Score : 1 bonne(s) réponse(s) sur 1.');
    await expectNoAxeViolations(page, 'presentation summary');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('a whole quiz to its summary, resumed after a reload mid-session, then a new session', async () => {
    const id = 'eq-relation-politique';
    const right = await rightVerdicts(id);
    const { page, context } = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`/fr/formation/session/?s=${id}&mode=quiz`);
    await sessionReady(page, 'choose');
    await page.keyboard.press('ArrowRight');
    expect(await h1Text(page)).toBe('Cas 1 : les faits');
    // The facts are the questions and the answers of the path, nothing else.
    expect(await page.locator('.facts .fact').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'quiz facts');

    const wrong = (i: number) => (right[i] === 'allowed' ? 'not-allowed' : 'allowed');
    // The room gets cases 1 and 3 right, 2 and 4 wrong.
    const guesses = right.map((v, i) => (i % 2 === 0 ? v : wrong(i)));
    for (const [i, guess] of guesses.entries()) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        expect(await h1Text(page)).toBe(`Cas ${i + 1} : les faits`);
      }
      if (i === 2) {
        // On the facts, a number records the room's answer and goes on to it, as the keys list says.
        await page.keyboard.press(VERDICT_KEYS[guess]);
        await expect.poll(() => h1Text(page)).toBe("Qu'en dit la politique ?");
      } else {
        // → goes on from the facts; so does Space (case 4), which reveals only once the room has answered.
        await page.keyboard.press(i === 3 ? 'Space' : 'ArrowRight');
        await expect.poll(() => h1Text(page)).toBe("Qu'en dit la politique ?");
        await page.keyboard.press('Space'); // not before the room's answer is recorded
        expect(await state(page)).toBe('guess');
        await page.keyboard.press(VERDICT_KEYS[guess]);
      }
      await expect.poll(() => page.locator(`[data-verdict="${guess}"]`).getAttribute('aria-pressed')).toBe('true');
      if (i === 1) {
        // A reload mid-session resumes where it was, the answer recorded.
        await page.reload();
        await sessionReady(page, 'guess');
        expect(await page.locator('.session-progress').innerText()).toContain('cas 2 sur 4');
        expect(await page.locator(`[data-verdict="${guess}"]`).getAttribute('aria-pressed')).toBe('true');
        await expectNoAxeViolations(page, 'quiz guess, after a reload');
      }
      await page.keyboard.press('Space');
      expect(await state(page)).toBe('reveal');
      expect(await page.locator('.session-guess-result').innerText()).toContain(i % 2 === 0 ? 'bonne réponse' : 'la politique dit');
    }
    await page.keyboard.press('ArrowRight');
    expect(await h1Text(page)).toBe('Bilan de la séance');
    expect(await textOf(page.locator('.session-score'))).toBe('Score : 2 bonne(s) réponse(s) sur 4.');
    const missed = page.locator('.missed-case');
    expect(await missed.count()).toBe(2);
    const first = await missed.first().innerText();
    expect(first).toContain('Cas 2');
    expect(first).toContain('La politique dit');
    expect(first).toContain('Pourquoi');
    expect(await missed.first().locator('blockquote[lang="fr"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'quiz summary');

    // The summary survives a reload too; « Nouvelle session » forgets it and goes back to the choice.
    await page.reload();
    await sessionReady(page, 'summary');
    await tabToId(page, 'new-session');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/formation/');
    expect(await h1Text(page)).toBe('Formation : présenter et tester les situations');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('a corrupted saved session starts cleanly, with a message', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/formation/session/?s=eq-publication-politique&mode=quiz');
    await sessionReady(page, 'choose');
    await page.keyboard.press('ArrowRight');
    await sessionReady(page, 'present');
    await page.evaluate(() => {
      const key = Object.keys(sessionStorage)[0]!;
      sessionStorage.setItem(key, sessionStorage.getItem(key)!.replace('"index":0', '"index":"zero"'));
    });
    await page.reload();
    await sessionReady(page, 'choose');
    expect(await textOf(page.locator('.session .notice[role="status"]'))).toBe(
      "La séance enregistrée dans cet onglet n'a pas pu être reprise : une nouvelle séance commence.",
    );
    expect(await h1Text(page)).toBe('La séance est prête');
    await expectNoAxeViolations(page, 'session after a corrupted save');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });
});

describe('the language switch keeps what the page reads from its address', () => {
  const switchLink = (page: Page) => page.locator('a.language-switch');

  it('a quiz under way: the selection stays in the address and the session resumes where it was, in the other language', async () => {
    const { page, context } = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const selection = '?s=eq-relation-politique&mode=quiz';
    await page.goto(`/fr/formation/session/${selection}`);
    await sessionReady(page, 'choose');
    await page.keyboard.press('ArrowRight'); // case 1: the facts
    await page.keyboard.press('ArrowRight'); // « Qu'en dit la politique ? »
    await page.keyboard.press('3'); // the room says « Non »
    await expect.poll(() => page.locator('[data-verdict="not-allowed"]').getAttribute('aria-pressed')).toBe('true');
    expect(await switchLink(page).getAttribute('href')).toBe(`/en/training/session/${selection}`);
    await switchLink(page).click();
    await page.waitForURL(`**/en/training/session/${selection}`);
    await sessionReady(page, 'guess');
    expect(await h1Text(page)).toBe('What does the policy say?');
    expect(await page.locator('.session-progress').innerText()).toContain('case 1 of 4');
    expect(await page.locator('[data-verdict="not-allowed"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.session .notice').count()).toBe(0); // resumed, not started afresh
    // And back: the same selection, in French.
    expect(await switchLink(page).getAttribute('href')).toBe(`/fr/formation/session/${selection}`);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('the quiz handout and the search page keep their query; without script the prerendered link cannot, and the app fixes it', async () => {
    const { page, context } = await browser.newPage();
    await page.goto('/fr/formation/quiz/?s=eq-relation-politique');
    await appReady(page);
    expect(await switchLink(page).getAttribute('href')).toBe('/en/training/quiz/?s=eq-relation-politique');
    await switchLink(page).click();
    await page.waitForURL('**/en/training/quiz/?s=eq-relation-politique');
    expect(await h1Text(page)).toBe('Quiz sheet');
    expect(await page.locator('.quiz-case').count()).toBe(4);

    await page.goto('/fr/recherche/?q=candidat');
    await appReady(page);
    expect(await switchLink(page).getAttribute('href')).toBe('/en/search/?q=candidat');
    await switchLink(page).click();
    await page.waitForURL('**/en/search/?q=candidat');
    expect(await page.locator('main input[type="search"]').inputValue()).toBe('candidat');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();

    // Without script: the static page is the same for every query, so its link has none (and
    // the handout it leads to shows every scenario, as this one does without script).
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.page.goto('/fr/formation/quiz/?s=eq-relation-politique');
    expect(await switchLink(noScript.page).getAttribute('href')).toBe('/en/training/quiz/');
    await noScript.context.close();
  });
});

/** The registered scenarios, largest first: by boxes of the diagram (states), then by paths to an ending. */
async function scenariosBySize() {
  const { scenarios } = await import('../../machines/index');
  const sized = await Promise.all(
    scenarios.map(async ({ id, load }) => {
      const machine = (await load()).default;
      return { id, states: Object.keys(machine.root.states).length, paths: endingPaths(machine).length };
    }),
  );
  return sized.sort((a, b) => b.states - a.states || b.paths - a.paths);
}

/**
 * Every text of the page's diagram, as drawn: its font size times the SVG's scale (viewBox
 * against the rendered box), and the height of each of its lines on screen.
 */
const diagramTextSizes = (page: Page) =>
  page.locator('svg.diagram').evaluate((svg: SVGSVGElement) => {
    const box = svg.viewBox.baseVal;
    const drawn = svg.getBoundingClientRect();
    const scale = Math.min(drawn.width / box.width, drawn.height / box.height);
    const texts = [...svg.querySelectorAll('text')];
    return {
      texts: texts.length,
      fontPx: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
      linePx: Math.min(...[...svg.querySelectorAll('tspan')].map((line) => line.getBoundingClientRect().height)),
    };
  });

/** Whether the box of this node is inside the diagram's scrolling box (the part on screen). */
const nodeInView = (page: Page, node: string) =>
  page.locator('.diagram-scroll').evaluate((scroller, id) => {
    const g = [...scroller.querySelectorAll('[data-node]')].find((n) => n.getAttribute('data-node') === id)!;
    const n = g.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return n.left >= s.left && n.right <= s.right && n.top >= s.top && n.bottom <= s.bottom;
  }, node);

describe('the diagram, from the back of a room (projector at 1280×720)', () => {
  it('every text of the largest diagram is drawn at 18 px or more, on the sheet and in the presentation, scrolled to where the walk stands', async () => {
    const [largest] = await scenariosBySize();
    const id = largest!.id;
    const { page, context } = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const path of [`/fr/formation/${id}/`, `/en/training/${id}/`]) {
      await page.goto(path);
      await appReady(page);
      const sizes = await diagramTextSizes(page);
      expect(sizes.texts, path).toBeGreaterThan(largest!.states);
      expect(sizes.fontPx, path).toBeGreaterThanOrEqual(18);
      expect(sizes.linePx, path).toBeGreaterThanOrEqual(18);
      // Wider than the screen, it scrolls in its own box (the page does not), from the first question.
      expect(await page.locator('.diagram-scroll').evaluate((s) => s.scrollWidth > s.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      const start = await page.locator('svg.diagram [data-node]').first().getAttribute('data-node');
      await expect.poll(() => nodeInView(page, start!), { message: `first question ${start} in view` }).toBe(true);
      await expectNoAxeViolations(page, `sheet of the largest scenario, ${path}`);
    }

    // Two answers that lead on to further questions (by their number keys), found in the machine.
    const { scenarios } = await import('../../machines/index');
    const machine = (await scenarios.find((s) => s.id === id)!.load()).default;
    const keys: string[] = [];
    for (const answers: string[] = []; keys.length < 2; ) {
      const position = walk(machine, answers);
      if (position.kind !== 'question') break;
      const i = position.meta.options.findIndex((o) => walk(machine, [...answers, o.event]).kind === 'question');
      if (i < 0) break;
      keys.push(String(i + 1));
      answers.push(position.meta.options[i]!.event);
    }
    expect(keys).toHaveLength(2);
    await page.goto(`/fr/formation/session/?s=${id}&mode=presentation`);
    await sessionReady(page, 'choose');
    await page.keyboard.press('ArrowRight');
    for (const key of ['', ...keys]) {
      if (key) await page.keyboard.press(key);
      await sessionReady(page, 'present');
      const sizes = await diagramTextSizes(page);
      expect(sizes.fontPx).toBeGreaterThanOrEqual(18);
      expect(sizes.linePx).toBeGreaterThanOrEqual(18);
      const current = await page.locator('svg.diagram .is-current').getAttribute('data-node');
      await expect.poll(() => nodeInView(page, current!), { message: `box ${current} in view` }).toBe(true);
    }
    await expectNoAxeViolations(page, 'presentation of the largest scenario');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await context.close();
  });
});

/** The text area of the printed page (US Letter, landscape, 0.4 in margins), in CSS pixels. */
const PRINTED = { width: (11 - 0.8) * 96, height: (8.5 - 0.8) * 96 };
/**
 * What the fit lets a page's content take: it keeps 4 % of each page free (its estimate may fall
 * short of Chromium's layout by up to 2 %), so a sheet that would fill more than that at 6 pt
 * has a reason to take more pages.
 */
const ROOM = PRINTED.height * 0.96;
const sheetPath = (lang: 'fr' | 'en', id: string) => (lang === 'fr' ? `/fr/formation/${id}/` : `/en/training/${id}/`);
const printedPages = async (page: Page) => ((await page.pdf({ format: 'Letter', preferCSSPageSize: true })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** What a sheet says of its print (src/trainer/printFit.ts, read by the print stylesheet), and the type it prints in. */
const sheetPrint = (page: Page) =>
  page.evaluate(() => {
    const sheet = document.querySelector<HTMLElement>('.scenario-sheet')!;
    const quotes = document.querySelector('.sheet-part--quotes')!;
    const pt = (e: Element) => parseFloat(getComputedStyle(e).fontSize) * 0.75;
    return {
      pages: Number(sheet.dataset.printPages),
      plan: sheet.dataset.printPlan,
      bodyPt: pt(sheet),
      quotesPt: pt(quotes),
      quotesApart: getComputedStyle(quotes).breakBefore === 'page',
      /** The elements before which a page begins: the quotes, the table, rows of the table. */
      breaks: [...sheet.querySelectorAll('[data-print-break]')].filter((e) => getComputedStyle(e).breakBefore === 'page').length,
      rowsFor: [...document.querySelectorAll('.decision-table--print tbody tr')].reduce((sum, tr) => sum + Number(tr.getAttribute('data-paths')), 0),
    };
  });

/**
 * The sheet laid out at 6 pt, the smallest body type, as on one page without end, with the
 * narrowest diagram the fit allows (its text at 70 % of the body's, unless the page's width or
 * 75 % of its height makes it smaller; in 5 % steps of the page's width, rounded down), beside
 * the table if that is at most 55 % of the page's width (or as `layout` says): its heights, in
 * CSS pixels. The quotes' part counts the margin above it.
 */
const atSixPoints = (page: Page, layout?: 'stack') =>
  page.evaluate(
    ({ width, layout }) => {
      const sheet = document.querySelector<HTMLElement>('.scenario-sheet')!;
      const quotes = sheet.querySelector<HTMLElement>('.sheet-part--quotes')!;
      const svg = sheet.querySelector<SVGSVGElement>('svg.diagram')!;
      const box = svg.viewBox.baseVal;
      const minFont = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)));
      const pagePt = { width: width * 0.75, height: (8.5 - 0.8) * 72 };
      const scale = Math.min((6 * 0.7) / minFont, pagePt.width / box.width, (0.75 * pagePt.height) / box.height);
      const percent = Math.max(10, Math.min(100, Math.floor(((box.width * scale) / pagePt.width) * 20 + 1e-9) * 5));
      Object.assign(sheet.dataset, { printSize: '60', printPages: '1', printDiagram: String(percent), printLayout: layout ?? (percent <= 55 ? 'side' : 'stack') });
      quotes.dataset.printSize = '60';
      // One page: no break, and each row's answers as after the row above (« … »).
      for (const e of sheet.querySelectorAll('[data-print-break]')) e.removeAttribute('data-print-break');
      for (const e of sheet.querySelectorAll('.sheet-path-full')) e.remove();
      for (const e of sheet.querySelectorAll('.sheet-path-short')) e.replaceWith(e.textContent ?? '');
      const top = sheet.getBoundingClientRect().top;
      const rect = (e: Element) => e.getBoundingClientRect();
      const section = sheet.querySelector('.sheet-part--table')!;
      const table = sheet.querySelector<HTMLTableElement>('.decision-table--print')!;
      return {
        bodyPt: parseFloat(getComputedStyle(sheet).fontSize) * 0.75,
        /** The whole sheet. */
        whole: rect(quotes).bottom - top,
        /** The title, the diagram and the table. */
        diagramAndTable: rect(sheet.querySelector('.sheet-body')!).bottom - top,
        /** The title and the diagram. */
        beforeTable: rect(section).top - top,
        tableHeading: rect(table).top - rect(section).top,
        head: rect(table.tHead!).height,
        rows: [...table.tBodies[0]!.rows].map((row) => rect(row).height),
        quotes: rect(quotes).height + parseFloat(getComputedStyle(quotes).marginTop),
      };
    },
    { width: PRINTED.width, layout },
  );

/**
 * The fewest pages that the sheet measured at 6 pt (stacked) takes, as a `table-over` sheet prints,
 * each page filled up to ROOM: the table under the diagram and on over pages, rows whole, its
 * column heads repeated at the top of each; then the quotes, after the last rows or on a page of
 * their own.
 */
function fewestPages(m: Awaited<ReturnType<typeof atSixPoints>>) {
  let pages = 1;
  let used = m.beforeTable;
  if (used + m.tableHeading + m.head + (m.rows[0] ?? 0) > ROOM) {
    pages++;
    used = 0;
  }
  used += m.tableHeading + m.head;
  for (const [i, row] of m.rows.entries()) {
    if (i > 0 && used + row > ROOM) {
      pages++;
      used = m.head;
    }
    used += row;
  }
  return used + m.quotes > ROOM ? pages + 1 : pages;
}

describe('a scenario sheet, printed (handout)', () => {
  it('every sheet, in both languages, prints on the pages its fit planned, in type of 6 pt or more, and on more than one only when it must', { timeout: 300_000 }, async () => {
    const { scenarios } = await import('../../machines/index');
    // Laid out for print at the page's width, as the prerendered page prints without script.
    const { page, context } = await browser.newPage({ javaScriptEnabled: false, viewport: { width: Math.round(PRINTED.width), height: 800 } });
    for (const lang of ['fr', 'en'] as const) {
      for (const { id, load } of scenarios) {
        const label = `${lang} ${id}`;
        await page.emulateMedia({ media: 'print' });
        await page.goto(sheetPath(lang, id));
        const print = await sheetPrint(page);
        // Printed by Chromium, on exactly the pages planned: each page begins where the fit
        // planned (the breaks are forced), and none holds more than fits it (or there would be more).
        expect(await printedPages(page), `${label}: printed pages`).toBe(print.pages);
        expect(print.breaks, `${label}: a planned break before each page but the first`).toBe(print.pages - 1);
        expect(print.bodyPt, `${label}: body type, in points`).toBeGreaterThanOrEqual(6);
        if (print.quotesApart) expect(print.quotesPt, `${label}: the quotes, on a page of their own, in larger type`).toBeGreaterThan(print.bodyPt);
        else expect(print.quotesPt, `${label}: the quotes, in the body type`).toBe(print.bodyPt);
        // The printed table stands for every path of the scenario (rows merge paths, src/trainer/printedTable.ts).
        expect(print.rowsFor, `${label}: paths in the printed table`).toBe(endingPaths((await load()).default).length);

        const onePage = page.locator('#sheet-one-page');
        if (print.pages === 1) {
          expect(await onePage.count(), `${label}: a one-page sheet offers no smaller print`).toBe(0);
          continue;
        }

        // More than one page, for reasons measured here (with the room the fit keeps free): at 6 pt
        // it would not hold on one page; a table over pages, because at 6 pt the diagram and the
        // table would not hold on one (with the quotes on the next), nor the sheet on fewer pages.
        const six = await atSixPoints(page);
        expect(six.bodyPt).toBeCloseTo(6, 1);
        expect(six.whole, `${label}: on one page, it would need type under 6 pt`).toBeGreaterThan(ROOM);
        expect(['quotes-apart', 'table-over'], label).toContain(print.plan);
        if (print.plan === 'table-over') {
          expect(Math.max(six.diagramAndTable, six.quotes), `${label}: the diagram and the table on one page would need type under 6 pt`).toBeGreaterThan(ROOM);
          expect(fewestPages(await atSixPoints(page, 'stack')), `${label}: on fewer pages, it would need type under 6 pt`).toBeGreaterThanOrEqual(print.pages);
        }
        // The one-page choice, where offered: in type of 4 pt or more, and on one page indeed.
        await page.goto(sheetPath(lang, id));
        if ((await onePage.count()) > 0) {
          await page.emulateMedia({ media: 'screen' });
          await onePage.check();
          await page.emulateMedia({ media: 'print' });
          expect(await printedPages(page), `${label}: ticked for one page`).toBe(1);
          const onePagePt = await page.locator('.scenario-sheet').evaluate((e) => parseFloat(getComputedStyle(e).fontSize) * 0.75);
          // 4 pt is 5.333… px: read back in points, it falls a hair short of 4.
          expect(onePagePt, `${label}: one page, in type of`).toBeGreaterThanOrEqual(4 - 1e-3);
          expect(onePagePt).toBeLessThan(6);
          expect(await page.locator('.sheet-quotes blockquote').last().isVisible()).toBe(true);
        }
      }
    }
    await context.close();
  });

  it('printed to PDF by the app: Letter landscape, and the page says on how many pages and what goes where', async () => {
    // One sheet of each plan there is (fr; the largest table over pages in English too).
    const { scenarios } = await import('../../machines/index');
    const chosen = new Map<string, { lang: 'fr' | 'en'; id: string; pages: number }>();
    for (const { id } of scenarios) {
      const html = await (await fetch(browser.baseURL() + sheetPath('fr', id))).text();
      const pages = Number(/data-print-pages="(\d+)"/.exec(html)?.[1]);
      const plan = /data-print-plan="([a-z-]+)"/.exec(html)?.[1] ?? '';
      const known = chosen.get(plan);
      if (!known || (plan === 'table-over' && pages > known.pages)) chosen.set(plan, { lang: 'fr', id, pages });
    }
    expect([...chosen.keys()]).toContain('one-page');
    const over = chosen.get('table-over');
    const sheets = [...chosen.values(), ...(over ? [{ ...over, lang: 'en' as const }] : [])];
    const { page, context } = await browser.newPage();
    for (const { lang, id } of sheets) {
      const label = `${lang} ${id}`;
      await page.emulateMedia({ media: 'screen' });
      await page.goto(sheetPath(lang, id));
      await appReady(page);
      await page.locator('main svg.diagram').waitFor();
      const { pages, plan } = await sheetPrint(page);
      const hint = plan === 'one-page' ? /(une page|one page)/ : plan === 'quotes-apart' ? /(deux pages|two pages)/ : new RegExp(`${pages} pages`);
      await expect.poll(() => page.locator('.scenario-sheet > .hint').innerText(), { message: `${label}: the hint` }).toMatch(hint);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/MediaBox\s*\[([^\]]*)\]/)?.[1], `${label}: Letter, landscape`).toBe('0 0 792 612');
      expect(await printedPages(page), `${label}: printed pages`).toBe(pages);
      // All three parts print: the diagram, the table (answers only, no questions), the quotes.
      expect(await page.locator('svg.diagram').isVisible()).toBe(true);
      expect(await page.locator('.decision-table--print .sheet-path').first().isVisible()).toBe(true);
      expect(await page.locator('.decision-table--screen').isVisible()).toBe(false);
      expect(await page.locator('.sheet-quotes blockquote').last().isVisible()).toBe(true);
      // The quotes on a page of their own where the fit says so (always, on a `quotes-apart` sheet).
      const quotes = page.locator('.sheet-part--quotes');
      const apart = (await quotes.getAttribute('data-print-break')) !== null;
      if (plan === 'quotes-apart') expect(apart, label).toBe(true);
      expect(await quotes.evaluate((e) => getComputedStyle(e).breakBefore), label).toBe(apart ? 'page' : 'auto');
      if (plan === 'table-over') {
        // The column heads repeat at the top of each page (a table header group), and a row at
        // the top of a page gives its answers in full, not « … » for those of the row above.
        expect(await page.locator('.decision-table--print thead').evaluate((e) => getComputedStyle(e).display)).toBe('table-header-group');
        const firsts = page.locator('.decision-table--print tr[data-print-break] .sheet-path');
        expect(await firsts.count(), label).toBeGreaterThan(0);
        for (const text of await firsts.allInnerTexts()) expect(text, `${label}: a row at the top of a page`).not.toMatch(/^…/);
      }
    }
    await context.close();
  });
});

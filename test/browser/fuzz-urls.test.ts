import fc from 'fast-check';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findOrganisation, findScenario, scenarios } from '../../machines/index';
import en from '../../src/i18n/locales/en/common.json';
import fr from '../../src/i18n/locales/fr/common.json';
import { parseRoute, type Route } from '../../src/routes';
import { NASTY_STRINGS, followChoices } from '../robustness/arbitraries';
import { setUpBrowser } from './browser';

/**
 * Fuzzed URLs opened in Chromium against the production build. Reproducible: the URLs come
 * from `fc.sample` with a fixed seed (printed; override with FUZZ_SEED=<n>, and the number of
 * fuzzed URLs with FUZZ_COUNT=<n> to hunt longer).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const COUNT = Number(process.env.FUZZ_COUNT ?? 60);

const ids = scenarios.map((s) => s.id);
const machines = await Promise.all(scenarios.map(async (s) => ({ id: s.id, machine: (await s.load()).default })));
const CRASH_TITLES = [fr.errors.crash.title, en.errors.crash.title];

// ---------------------------------------------------------------------------------------------
// URL generators. Paths stay well below the server's 16 KB header limit; hashes are not sent.
// Paths never hold malformed percent-encoding: the server answers those with its 404 page
// (a server matter; see the client-side test at the end).

const lang = fc.constantFrom('fr', 'en');
const id = fc.constantFrom(...ids);
const short = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
);
const long = fc.tuple(fc.constantFrom('x', 'é', '.', '-'), fc.integer({ min: 500, max: 1_500 })).map(([c, n]) => c.repeat(n));
/** Junk, percent-encoded: always a valid URL. */
const encodedJunk = fc.oneof({ weight: 4, arbitrary: short }, { weight: 1, arbitrary: long }).map(encodeURIComponent);
/** Raw non-ASCII and punctuation that the browser encodes itself. */
const rawJunk = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => !/[/?#%\\\s]/.test(s) && s !== '.' && s !== '..');
const rawPercentJunk = fc.constantFrom('%', '%%', '%E0%A4%A', '%zz', '%ED%A0%80', '%00', '%FF', '%C3', '%25', '%2E', '%2F%2F', '%3F', '%23', '%26r%3Dx');
const stepPath = (l: string, v: { id: string; answers: string[] }) => `/${l}/${v.id}/` + v.answers.map((a) => `${a}/`).join('');
const validAnswers = fc
  .tuple(fc.constantFrom(...machines), fc.array(fc.nat(), { maxLength: 5 }))
  .map(([m, choices]) => ({ id: m.id, answers: followChoices(m.machine, choices).answers }));
const anyValidPath = fc.oneof(
  lang.map((l) => `/${l}/`),
  fc.tuple(lang, id).map(([l, i]) => `/${l}/${i}/`),
  fc.tuple(lang, validAnswers).map(([l, v]) => stepPath(l, v)),
);

const unknownScenario = fc.tuple(lang, fc.oneof(encodedJunk, rawJunk, fc.constantFrom('pas-un-scenario', 'eq-relation-politiqu', 'EQ-RELATION-POLITIQUE', 'eq-relation-politique-x'))).map(([l, s]) => `/${l}/${s}/`);
const garbageAnswers = fc
  .tuple(
    lang,
    id,
    fc.oneof(
      encodedJunk.map((j) => `${j}/`),
      fc.array(fc.oneof(encodedJunk, rawJunk), { minLength: 2, maxLength: 6 }).map((parts) => parts.join('/') + '/'),
      fc.integer({ min: 95, max: 300 }).map((n) => 'oui/'.repeat(n)),
      // Old links, with the answers in the query string.
      encodedJunk.map((j) => `?r=${j}`),
      rawPercentJunk.map((j) => `?r=${j}`),
      fc.array(fc.oneof(encodedJunk, rawPercentJunk), { minLength: 2, maxLength: 6 }).map((parts) => `?r=${parts.join('.')}`),
      fc.integer({ min: 1, max: 400 }).map((n) => `?r=${'.'.repeat(n)}`),
      fc.integer({ min: 101, max: 600 }).map((n) => `?r=${'oui.'.repeat(n)}`),
      fc.array(encodedJunk, { minLength: 2, maxLength: 4 }).map((parts) => '?' + parts.map((p) => `r=${p}`).join('&')),
      fc.constantFrom('?r=', '?r', '?r=ds&r=personne', '?r=ds?r=personne', '??r=ds', '?R=ds', '?r=ds&&&', '?&r=ds', '?r[]=ds', '?r=ds;personne', '?r=%20ds'),
    ),
  )
  .map(([l, i, q]) => `/${l}/${i}/${q}`);
const hashes = fc
  .tuple(
    anyValidPath,
    fc.oneof(
      fc.constantFrom('#', '#%%', '#%E0%A4%A', '#contenu', '#r=ds', '#?r=ds', '#/', '#../../'),
      fc.integer({ min: 5_000, max: 8_000 }).map((n) => '#' + 'x'.repeat(n)),
      fc.string({ unit: 'grapheme', minLength: 4_000, maxLength: 5_000 }).map((s) => '#' + s.replace(/#/g, '')),
      encodedJunk.map((j) => '#' + j),
    ),
  )
  .map(([p, h]) => p + h);
const unsupportedLanguage = fc
  .tuple(
    fc.oneof(fc.constantFrom('de', 'FR', 'Fr', 'EN', 'xx', 'es', 'fr-CA', 'en-GB', 'fra', 'français'), encodedJunk),
    fc.oneof(fc.constant(''), id.map((i) => `${i}/`), validAnswers.map((v) => stepPath('x', v).slice(3)), fc.constantFrom('a-propos/', 'about/', 'autre/eq/')),
  )
  .map(([bad, rest]) => `/${bad}/${rest}`);
const extraSegments = fc
  .tuple(lang, fc.oneof(id, fc.constantFrom('a-propos', 'about', 'autre/eq', 'other/eq')), fc.array(fc.oneof(encodedJunk, rawJunk), { minLength: 1, maxLength: 4 }))
  .map(([l, first, more]) => `/${l}/${first}/${more.join('/')}/`);
const doubleSlashes = fc
  .tuple(lang, id, fc.constantFrom('//L//I//', '/L//', '//L/', '///', '//L//I/?r=ds', '//L//I//ds//', '/L//I', '//L/I//', '/L/I////'))
  .map(([l, i, shape]) => shape.replace('L', l).replace('I', i));
const validPrefixThenJunk = fc
  .tuple(lang, validAnswers, fc.oneof(encodedJunk, rawPercentJunk, rawJunk), fc.constantFrom('id', 'answer', 'segment', 'query'))
  .map(([l, v, junk, where]) => {
    const answers = v.answers.map((a) => `${a}/`).join('');
    switch (where) {
      case 'id':
        return `/${l}/${v.id}${junk.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')}/${answers}`;
      case 'answer':
        return `/${l}/${v.id}/${answers}${encodeURIComponent(junk)}/`;
      case 'segment':
        return `/${l}/${v.id}/${answers}${encodeURIComponent(junk)}`;
      default:
        return `/${l}/${v.id}/${answers}?${junk}=${junk}`;
    }
  });
const nonAscii = fc
  .tuple(lang, id, rawJunk, fc.constantFrom('é', 'ç', 'ß', '中文', '🙂', 'ﬁ', 'İ', '\u202e', 'اَلْعَرَبِيَّةُ'))
  .chain(([l, i, raw, word]) => fc.constantFrom(`/${l}/${raw}/`, `/${word}/`, `/${l}/${word}/`, `/${l}/${i}/${word}/`, `/${l}/${i}/${raw}/`, `/${l}/${i}/?r=${word}`, `/${encodeURIComponent(word)}/${i}/`));

const fuzzedUrl = fc.oneof(unknownScenario, garbageAnswers, hashes, unsupportedLanguage, extraSegments, doubleSlashes, validPrefixThenJunk, nonAscii);

console.log(`fuzz-urls: seed ${SEED} (FUZZ_SEED=${SEED} reproduces this run), ${COUNT} URLs`);
const fuzzed = [...new Set(fc.sample(fuzzedUrl, { seed: SEED, numRuns: 2 * COUNT }))].slice(0, COUNT);
if (fuzzed.length < COUNT) throw new Error(`only ${fuzzed.length} distinct URLs for seed ${SEED}`);

const handWritten = [
  '/',
  '//',
  '/FR/',
  '/de/eq-relation-politique/?r=ds',
  '/xx/eq-relation-politique/',
  '/fr/eq-relation-politique/?r=ds&r=personnel#%%',
  '/fr/eq-relation-politique/?r=%E0%A4%A',
  '/en/eq-manquement-personnel/?r=non.oui.extra',
  '/en/eq-manquement-personnel/non/oui/extra/',
  '/fr/eq-relation-politique/ds/personne/oui',
  '/fr/eq-relation-politique/ds/%E0%A4%A/',
  '/fr/a-propos/x/y/',
  '/en/other/eq%3Fx/',
  '/fr/%252E%252E/',
  '/fr/eq-relation-politique/#' + 'x'.repeat(5000),
  // Regression: this scenario starts on its ending, whose main once had no link at all.
  '/fr/eq-suivre-partager/',
];

// ---------------------------------------------------------------------------------------------

/** As wouter hands the path to the app: `decodeURI` when it can. */
function appRoute(url: URL): Route {
  let path = url.pathname;
  try {
    path = path.includes('%') ? decodeURI(path) : path;
  } catch {
    // kept as is, like wouter
  }
  return parseRoute(path);
}

/**
 * A link that takes the user somewhere useful on this site: a home page, an organisation's page, a real scenario, or
 * (from the unsupported-language page, which offers « the same page ») the About page or a
 * real organisation's « not in the list » page.
 */
function isWayForward(href: string, origin: string): boolean {
  const url = new URL(href);
  if (url.origin !== origin) return false;
  const route = appRoute(url);
  switch (route.page) {
    case 'home':
    case 'about':
      return true;
    case 'scenario':
      return findScenario(route.id) !== undefined;
    case 'notListed':
    case 'organisation':
      return findOrganisation(route.organisation) !== undefined;
    default:
      return false;
  }
}

const label = (path: string) => (path.length > 90 ? `${path.slice(0, 70)}… (${path.length} chars)` : path);

const browser = setUpBrowser();
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  // No service worker: each visit is a first visit, answered by the server (the page, or 404).
  ({ context, page } = await browser.newPage({ serviceWorkers: 'block' }));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
});
afterAll(async () => {
  await context?.close();
});

async function visit(path: string) {
  errors.length = 0;
  consoleErrors.length = 0;
  const target = inject('baseURL') + path;
  const withoutHash = (u: string) => u.split('#')[0];
  // Only the hash differs: the browser would not load a new document, so leave the page first.
  if (withoutHash(page.url()) === withoutHash(new URL(target).href)) await page.goto('about:blank');
  const response = await page.goto(target);
  // Every page is prerendered (or the 404 page): what is meant here is the page once the app runs.
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 10_000 });
  // 404 for a path that has no page in dist/ (test/browser/headers.test.ts), whose page must
  // still be usable.
  expect([200, 404], 'server answer').toContain(response?.status());
  await settled();
}

/**
 * Waits until the page's headings stop changing: a prerendered page may show its HTML first,
 * then the app renders afresh (for another URL served the same file) or downloads a page.
 */
async function settled() {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let last = '';
        let same = 0;
        const tick = () => {
          const now = [...document.querySelectorAll('h1')].map((h) => h.textContent).join('\n');
          same = now !== '' && now === last ? same + 1 : 0;
          last = now;
          if (same >= 2) resolve(true);
          else setTimeout(tick, 40);
        };
        tick();
      }),
    undefined,
    { timeout: 10_000 },
  );
}

/** The checks every URL must pass, whatever it holds. */
async function expectUsablePage(path: string) {
  const h1s = await page.locator('h1').allInnerTexts();
  expect(h1s, `h1 of ${label(path)}`).toHaveLength(1);
  const h1 = h1s[0]!.replace(/\s+/g, ' ').trim();
  expect(h1.length, 'h1 text').toBeGreaterThan(0);
  expect(CRASH_TITLES, 'the error boundary did not catch a crash').not.toContain(h1);

  const url = new URL(page.url());
  const route = appRoute(url);
  const expectedLang = 'lang' in route ? route.lang : 'fr';
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 2_000 }).toBe(expectedLang);

  // The About page is the one page whose main holds no link: its way forward is the header.
  const scope = route.page === 'about' ? 'body' : 'main';
  const hrefs = await page.locator(`${scope} a[href]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.filter((h) => isWayForward(h, url.origin)), `a way forward in ${scope} of ${label(path)}: ${hrefs.join(' ')}`).not.toHaveLength(0);

  expect(errors, 'uncaught page errors').toEqual([]);
  expect(consoleErrors.filter((m) => !m.startsWith('Failed to load resource')), 'console errors').toEqual([]);
}

describe(`fuzzed URLs in Chromium (seed ${SEED})`, () => {
  it.each([...handWritten, ...fuzzed].map((path) => ({ path, name: label(path) })))('$name', async ({ path }) => {
    await visit(path);
    await expectUsablePage(path);
  });
});

describe('unknown scenarios are pages not found, in the language of the link', () => {
  it.each([
    ['/fr/pas-un-scenario/', fr.errors.notFound.title],
    ['/fr/eq-relation-politique-x/?r=ds#x', fr.errors.notFound.title],
    ['/en/nope/?r=%%', en.errors.notFound.title],
    ['/en/%F0%9F%99%82/', en.errors.notFound.title],
    ['/fr/' + 'x'.repeat(3000) + '/', fr.errors.notFound.title],
  ])('%s', async (path, title) => {
    await visit(path);
    expect((await page.locator('h1').innerText()).trim()).toBe(title);
    await expectUsablePage(path);
  });
});

describe('paths with malformed percent-encoding, reached client-side', () => {
  // The server answers these with its 404 page (a server matter,
  // not the app's); here the app itself is taken to them with history.pushState.
  it.each(['/fr/%E0%A4%A/', '/%E0%A4%A/', '/fr/%/', '/en/%%/?r=%', '/fr/eq-relation-politique/%zz/'])('%s', async (path) => {
    // A page the app runs from the start (the home page runs its own small script: src/ui/home/start.ts).
    await visit('/fr/a-propos/');
    errors.length = 0;
    await page.evaluate((p) => history.pushState(null, '', p), path);
    await page.waitForFunction((p) => location.pathname === p.split('?')[0], path);
    // The page changes client-side (a scenario path first downloads the walker).
    await expect.poll(() => page.locator('h1').allInnerTexts(), { timeout: 5_000 }).toSatisfy((h1s: string[]) => h1s.length > 0 && h1s[0] !== fr.about.title);
    await settled();
    await expectUsablePage(path);
  });
});

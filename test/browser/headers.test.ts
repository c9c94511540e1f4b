import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { notFoundPage } from '../../tooling/vite/static-site';
import { h1Text, setUpBrowser } from './browser';

/**
 * What `vite preview` (`npm start`) answers, with Node's fetch: the security headers on every
 * answer, 200 for what `dist/` holds, a real 404 with the body of `dist/404.html` (the app shell
 * until that page exists) for anything else. Then, in Chromium, that another origin cannot
 * frame the app.
 */
const base = () => inject('baseURL');

/** The expected values, written out: a weakened tooling/security-headers.ts fails here. */
function expectSecurityHeaders(response: Response, label: string) {
  const csp = response.headers.get('content-security-policy') ?? '';
  const directives = csp.split(';').map((d) => d.trim());
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
    expect(directives, `${label}: CSP ${directive}`).toContain(directive);
  }
  expect(csp, label).not.toMatch(/unsafe-|\*|https?:/);
  expect(response.headers.get('x-frame-options'), label).toBe('DENY');
  expect(response.headers.get('x-content-type-options'), label).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), label).toBe('no-referrer');
  const features = (response.headers.get('permissions-policy') ?? '').split(',').map((f) => f.trim());
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(features, `${label}: Permissions-Policy ${feature}`).toContain(`${feature}=()`);
  }
}

const prerendered = (dir = 'dist', prefix = '/'): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? prerendered(`${dir}/${entry.name}`, `${prefix}${entry.name}/`) : entry.name === 'index.html' ? [prefix] : [],
  );
const someAsset = readdirSync('dist/assets').find((name) => name.endsWith('.js'))!;

describe('vite preview answers', () => {
  const known = [
    '/',
    '/fr/',
    '/en/eq-relation-politique/',
    '/fr/eq-relation-politique/?r=ds.personne',
    '/boot.js',
    '/sw.js',
    '/manifest.webmanifest',
    '/favicon.svg',
    `/assets/${someAsset}`,
  ];
  it.each(known)('%s: 200, with the security headers', async (path) => {
    const response = await fetch(base() + path, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, path);
    await response.arrayBuffer();
  });

  it('every page in dist/: 200, its own HTML', async () => {
    const pages = prerendered();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const response = await fetch(base() + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await response.text(), path).toBe(readFileSync(`dist${path}index.html`, 'utf8'));
    }
  });

  const unknown = [
    '/fr/nexiste-pas/',
    '/xx/yy',
    '/fr/eq-relation-politique/bogus/',
    '/fr/eq-relation-politique/bogus/?r=ds',
    '/en/about/x/y/',
    '/assets/nope.js',
    '/fr/%E0%A4%A/',
    '/fr/..%2F..%2Fpackage.json',
  ];
  it.each(unknown)('%s: 404 with the not-found page and the security headers', async (path) => {
    const response = await fetch(base() + path, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(response, path);
    expect(await response.text()).toBe(notFoundPage('dist'));
  });

  it('HEAD of an unknown path: 404 too', async () => {
    const response = await fetch(base() + '/fr/nexiste-pas/', { method: 'HEAD' });
    expect(response.status).toBe(404);
    expectSecurityHeaders(response, 'HEAD');
  });

  it("a page's folder without its final slash redirects to it", async () => {
    const response = await fetch(base() + '/fr/eq-relation-politique?r=ds', { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/fr/eq-relation-politique/?r=ds');
  });
});

describe('in Chromium', () => {
  const browser = setUpBrowser();
  let other: Server;
  let otherOrigin: string;

  beforeAll(async () => {
    // Another origin (another port): a page that frames the app, and a control page of its own.
    other = createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.url === '/control') return res.end('<!doctype html><title>control</title><h1>Control</h1>');
      res.end(
        '<!doctype html><title>framer</title>' +
          `<iframe name="app" src="${base()}/fr/"></iframe>` +
          '<iframe name="control" src="/control"></iframe>',
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => other?.close(resolve));
  });

  it('another origin cannot frame the app (frame-ancestors)', async () => {
    const { page, context } = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    const appResponse = page.waitForResponse((r) => r.url() === `${base()}/fr/`);
    await page.goto(otherOrigin + '/');
    expect((await appResponse).status()).toBe(200);
    // The control frame, from the framing page's own origin, loads: frames are seen loading.
    const control = page.frame({ name: 'control' })!;
    expect(await control.locator('h1').innerText()).toBe('Control');
    // The app's frame does not: Chromium shows its error page instead, and names the directive
    // (not X-Frame-Options, which only browsers without frame-ancestors obey).
    const app = page.frame({ name: 'app' })!;
    await expect.poll(() => app.url(), { timeout: 5_000 }).toBe('chrome-error://chromewebdata/');
    expect(await app.locator('#root').count()).toBe(0);
    const blocked = (m: string) => m.includes(`Framing '${base()}/`) && m.includes(`"frame-ancestors 'none'"`);
    await expect.poll(() => messages.filter(blocked), { timeout: 2_000 }).toHaveLength(1);
    await context.close();
  });

  it('the app itself runs under these headers: no CSP or Permissions-Policy complaint, service worker and manifest', async () => {
    const { page, context } = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    const response = await page.goto('/fr/eq-relation-politique/');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const first = await h1Text(page);
    // boot.js started the app (h1Text waits for it): the walker takes an answer.
    await page.locator('a.answer').first().click();
    await expect.poll(() => h1Text(page)).not.toBe(first);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(manifest.errors).toEqual([]);
    expect(messages.filter((m) => /Content Security Policy|Permissions-Policy|Permissions policy/i.test(m))).toEqual([]);
    // Every feature the header denies is one Chromium knows, and is denied.
    const denied = (response?.headers()['permissions-policy'] ?? '').split(',').map((f) => f.trim().replace(/=\(\)$/, ''));
    expect(denied.length).toBeGreaterThan(4);
    const policy = await page.evaluate((features) => {
      const fp = (document as unknown as { featurePolicy: { features(): string[]; allowsFeature(f: string): boolean } }).featurePolicy;
      return features.map((f) => `${f}: ${fp.features().includes(f) ? (fp.allowsFeature(f) ? 'allowed' : 'denied') : 'unknown'}`);
    }, denied);
    expect(policy).toEqual(denied.map((f) => `${f}: denied`));
    expect((page as typeof page & { errors: string[] }).errors).toEqual([]);
    await context.close();
  });
});

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../tooling/security-headers';
import { appReady, setUpBrowser } from '../browser/browser';
import { NGINX, buildChangedCopy, pointAt, startNginx, startPreview, type RunningServer } from './servers';

/**
 * The built site as servers send it: Debian's nginx with deploy/nginx.conf, and `vite preview`
 * (`npm start`), each on a loopback port and serving dist/ through a link of its own. For each:
 * the headers of a page, an asset, `sw.js` and a 404 (every security header, and how long each
 * may be kept), real 404s, the precompressed files for each kind of client, and, after a
 * rebuild with a changed text, a browser that had the old version gets the new one on its
 * next visit.
 */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(projectRoot, 'dist');
const browser = setUpBrowser();

const PAGE = '/fr/eq-relation-politique/';
/** The largest asset of a kind (Vite's preview leaves files under 1 KB uncompressed). */
const someAsset = (ext: string) =>
  `/assets/${readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith(ext))
    .sort((a, b) => statSync(join(dist, 'assets', b)).size - statSync(join(dist, 'assets', a)).size)[0]!}`;
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

// The changed text: Élections Québec's policy gets a date, as after a policy change.
const organisationTexts = (root: string) => join(root, 'machines', 'eq', 'organisation.fr.json');
const OLD_DATE = (JSON.parse(readFileSync(organisationTexts(projectRoot), 'utf8')) as { date: string }).date;
const NEW_DATE = 'version du 15 janvier 2027';
const UPDATE = (JSON.parse(readFileSync(join(projectRoot, 'src', 'i18n', 'locales', 'fr', 'common.json'), 'utf8')) as { update: { available: string; reload: string } }).update;

let work: string;
let build: ReturnType<typeof buildChangedCopy>;
beforeAll(() => {
  expect(OLD_DATE).not.toBe(NEW_DATE);
  work = mkdtempSync(join(tmpdir(), 'guide-hosting-'));
  // The next version, built while the checks below run.
  build = buildChangedCopy(projectRoot, join(work, 'next-version'), (copy) => {
    const texts = JSON.parse(readFileSync(organisationTexts(copy), 'utf8')) as { date: string };
    writeFileSync(organisationTexts(copy), JSON.stringify({ ...texts, date: NEW_DATE }, null, 2) + '\n');
  });
});
afterAll(() => {
  build?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function expectHeaders(response: Response, cacheControl: string, label: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${label}: ${name}`).toBe(value);
  expect(response.headers.get('cache-control'), `${label}: Cache-Control`).toBe(cacheControl);
}

// Written out, not imported from tooling/hosting.ts: a weakened rule fails here.
const KEEP_A_YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const servers = [
  { kind: 'nginx', name: 'nginx with deploy/nginx.conf', precompressed: true, available: existsSync(NGINX) },
  { kind: 'preview', name: 'vite preview (npm start)', precompressed: false, available: true },
] as const;

describe.each(servers)('$name', ({ kind, name, precompressed, available }) => {
  if (!available) {
    // Not skipped: a suite without it would pass without ever serving the site as deployed.
    it('runs on this machine', () => {
      expect(available, `${name}: no ${NGINX} here: apt-get install -y nginx libnginx-mod-http-brotli-static, as .ci/run does`).toBe(true);
    });
    return;
  }
  let server: RunningServer;
  let site: string;
  const get = (path: string, init: RequestInit = {}) => fetch(server.baseURL + path, { redirect: 'manual', ...init });

  beforeAll(async () => {
    // Each server serves dist/ through a link of its own, which the update test points at the next version.
    site = join(work, `${kind}-site`);
    pointAt(site, dist);
    server = kind === 'nginx' ? await startNginx(site, work, projectRoot) : await startPreview(site);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a page: its HTML, the security headers, revalidated every time (304 while unchanged)', async () => {
    const response = await get(PAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectHeaders(response, REVALIDATE, PAGE);
    expect(await response.text()).toBe(readFileSync(fileOf(PAGE), 'utf8'));
    const again = await get(PAGE, { headers: { 'If-None-Match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expectHeaders(again, REVALIDATE, `${PAGE} (304)`);
  });

  it('hashed assets: kept a year, immutable', async () => {
    for (const path of [someAsset('.js'), someAsset('.css')]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectHeaders(response, KEEP_A_YEAR, path);
      expect(await response.text()).toBe(readFileSync(fileOf(path), 'utf8'));
    }
  });

  it('sw.js, boot.js, the web manifest and the app shell: revalidated every time', async () => {
    for (const path of ['/sw.js', '/boot.js', '/manifest.webmanifest', '/', '/index.html', '/favicon.svg']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectHeaders(response, REVALIDATE, path);
      await response.arrayBuffer();
    }
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  });

  it.each(['/fr/nexiste-pas/', '/xx/yy', '/fr/eq-relation-politique/bogus/', '/assets/nope.js', '/assets/'])(
    '%s: a real 404 with 404.html, the security headers, revalidated',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectHeaders(response, REVALIDATE, path);
      expect(await response.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
      const head = await get(path, { method: 'HEAD' });
      expect(head.status).toBe(404);
    },
  );

  it("a page's folder without its final slash redirects to it, query kept", async () => {
    const response = await get('/fr/a-propos?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/fr/a-propos/?x=1');
    for (const [header, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(header), header).toBe(value);
  });

  describe('Content-Encoding', () => {
    const files = () => [PAGE, someAsset('.js'), someAsset('.css'), '/sw.js'];
    const answer = async (path: string, acceptEncoding: string) => {
      const response = await get(path, { headers: { 'Accept-Encoding': acceptEncoding } });
      expect(response.status, path).toBe(200);
      // fetch undoes the encoding: what the browser reads is the file.
      expect(await response.text(), path).toBe(readFileSync(fileOf(path), 'utf8'));
      return { encoding: response.headers.get('content-encoding'), length: Number(response.headers.get('content-length')), vary: response.headers.get('vary') ?? '' };
    };

    if (precompressed) {
      it.each([
        ['br, gzip', 'br', '.br'],
        ['gzip', 'gzip', '.gz'],
      ])('a client that accepts %s gets the %s file the build wrote', async (acceptEncoding, encoding, suffix) => {
        for (const path of files()) {
          const got = await answer(path, acceptEncoding);
          expect(got.encoding, path).toBe(encoding);
          expect(got.length, path).toBe(statSync(fileOf(path) + suffix).size);
          expect(got.vary, path).toMatch(/Accept-Encoding/i);
        }
      });
    } else {
      // Vite compresses as it answers, with gzip only: the .br files are for real servers.
      it.each([
        ['br, gzip', 'gzip'],
        ['gzip', 'gzip'],
      ])('a client that accepts %s gets %s, compressed as it is sent', async (acceptEncoding, encoding) => {
        for (const path of files()) expect((await answer(path, acceptEncoding)).encoding, path).toBe(encoding);
      });
    }

    it('a client that accepts no encoding gets the file itself', async () => {
      for (const path of files()) {
        const got = await answer(path, 'identity');
        expect(got.encoding, path).toBeNull();
        if (precompressed) expect(got.length, path).toBe(statSync(fileOf(path)).size);
      }
    });
  });

  it(
    'after a rebuild with a changed text, a browser that had the old version gets the new one on its next visit',
    { timeout: 420_000 },
    async () => {
      const sources = async (page: Page) => {
        await appReady(page);
        return page.locator('table.sources').innerText();
      };
      const { context, page } = await browser.newPage({ baseURL: server.baseURL });
      await page.goto('/fr/a-propos/');
      expect(await sources(page)).toContain(OLD_DATE);
      // The service worker installs with the old version, and controls the next visits.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.close();

      const output = await build.done;
      expect(output).toMatch(/Precompressed \d+ text files/);
      pointAt(site, join(work, 'next-version', 'dist'));

      const next = await context.newPage();
      const errors: string[] = [];
      next.on('pageerror', (e) => errors.push(e.message));
      await next.goto('/fr/a-propos/');
      const banner = next.locator('.update-banner');
      await banner.waitFor({ timeout: 30_000 });
      expect(await banner.innerText()).toContain(UPDATE.available);
      // Nothing changes under the user until they say so (they may be mid-answer).
      expect(await sources(next)).toContain(OLD_DATE);
      await banner.getByRole('button', { name: UPDATE.reload }).click();
      await expect.poll(() => sources(next), { timeout: 20_000 }).toContain(NEW_DATE);
      expect(errors, `${name}: page errors`).toEqual([]);
      await context.close();
    },
  );
});

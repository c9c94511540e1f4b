// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../tooling/hosting';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../tooling/security-headers';
import { lookUp, notFoundMiddleware, withCspMeta } from '../../tooling/vite/static-site';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const directives = (policy: string) => policy.split(';').map((d) => d.trim());

describe('one security policy for the pages, vite preview and static hosts', () => {
  it("the page's <meta> policy is the header's, less frame-ancestors (which a <meta> cannot carry)", () => {
    const page = withCspMeta(readFileSync(join(root, 'index.html'), 'utf8'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(page)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual([...directives(meta!), "frame-ancestors 'none'"]);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    // Before anything the policy governs: right after the charset.
    expect(page.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(page.search(/<link|<script/));
  });

  it('is strict: self only, no inline code, no eval', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(
      expect.arrayContaining(["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'"]),
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('has no second, hand-written copy', () => {
    expect(() => withCspMeta(withCspMeta(readFileSync(join(root, 'index.html'), 'utf8')))).toThrow(/own CSP/);
    expect(existsSync(join(root, 'public', '_headers'))).toBe(false);
    // No blanket SPA fallback for static hosts: unknown paths get their 404.html.
    expect(existsSync(join(root, 'public', '_redirects'))).toBe(false);
  });

  it('dist/_headers gives every header to every path', () => {
    const lines = headersFile().split('\n');
    expect(lines).toContain('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(lines).toContain(`  ${name}: ${value}`);
  });
});

describe('real 404s, on a stand-in dist/', () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'static-site-'));
    for (const [file, text] of Object.entries({
      'index.html': 'shell',
      '404.html': 'not found page',
      'fr/index.html': 'fr home',
      'fr/eq-x/index.html': 'question',
      'assets/app.js': 'js',
    })) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), text);
    }
    const middleware = notFoundMiddleware(dist);
    // What comes after the middleware in vite preview answers whatever it lets through.
    server = createServer((req, res) => middleware(req, res, () => res.end(`next ${req.url}`)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['/', 'next /index.html'],
    ['/fr/', 'next /fr/index.html'],
    ['/fr/eq-x/?r=a.b', 'next /fr/eq-x/index.html?r=a.b'],
    ['/fr/eq-x/index.html', 'next /fr/eq-x/index.html'],
    ['/assets/app.js', 'next /assets/app.js'],
  ])('%s is passed on', async (path, body) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
  });

  it.each(['/fr/nexiste-pas/', '/xx/yy', '/fr/eq-x/bogus/', '/assets/nope.js', '/fr/%E0%A4%A/', '/fr/%00/', '/fr/..%2F..%2Fetc%2Fpasswd'])(
    '%s: 404, dist/404.html, security headers',
    async (path) => {
      const response = await fetch(base + path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('not found page');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    },
  );

  it('a HEAD gets the status and headers, no body', async () => {
    const response = await fetch(base + '/xx/', { method: 'HEAD' });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('other methods are left to the server', async () => {
    expect(await (await fetch(base + '/xx/', { method: 'POST' })).text()).toBe('next /xx/');
  });

  it("a page's folder without its final slash redirects to it", async () => {
    const response = await fetch(base + '/fr/eq-x?r=a', { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/fr/eq-x/?r=a');
  });

  it('without dist/404.html, the app shell is the body (the app names the bad link)', async () => {
    rmSync(join(dist, '404.html'));
    const response = await fetch(base + '/fr/nexiste-pas/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('shell');
  });

  it('lookUp never leaves dist/', () => {
    expect(lookUp(dist, '/../package.json')).toBe('missing');
    expect(lookUp(dist, '/%2E%2E/%2E%2E/etc/passwd')).toBe('missing');
  });
});

// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFile, nginxConf } from '../../tooling/hosting';
import { precompress } from '../../tooling/precompress';
import { SECURITY_HEADERS } from '../../tooling/security-headers';

/**
 * The files written from tooling/hosting.ts, read as their servers read them. Served for real:
 * test/hosting/nginx.test.ts (nginx and `vite preview`).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('deploy/nginx.conf', () => {
  it('is up to date with tooling/hosting.ts (npm run nginx-conf)', () => {
    expect(readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8')).toBe(nginxConf());
  });
});

/** `_headers` as Netlify and Cloudflare Pages read it: every rule whose path matches applies. */
function headersFor(file: string, path: string): [string, string][] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('/')) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}

describe('dist/_headers', () => {
  const file = headersFile();
  const KEEP_A_YEAR = 'public, max-age=31536000, immutable';
  it.each([
    ['/assets/index-Ab12.js', KEEP_A_YEAR],
    ['/assets/index-Ab12.css', KEEP_A_YEAR],
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/404.html', 'no-cache'],
    ['/fr/', 'no-cache'],
    ['/fr/eq-relation-politique/ds/personne/', 'no-cache'],
    ['/en/about/', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/boot.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    // The host's default: Netlify and Cloudflare Pages revalidate every time.
    ['/favicon.svg', undefined],
  ])('%s: every security header once, Cache-Control %s', (path, cacheControl) => {
    const headers = headersFor(file, path);
    // Cloudflare Pages joins the values of a header that two rules give: none may.
    const names = headers.map(([name]) => name.toLowerCase());
    expect(names.length).toBe(new Set(names).size);
    const given = Object.fromEntries(headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(given[name], name).toBe(value);
    expect(given['Cache-Control']).toBe(cacheControl);
  });
});

describe('precompress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = '<!doctype html><title>x</title>' + '<p>Une réponse citée, tirée de la politique.</p>\n'.repeat(200);
  const files: Record<string, string | Buffer> = {
    'fr/x/index.html': page,
    'assets/app-Ab12.js': 'export const answer = "oui";\n'.repeat(100),
    'robots.txt': 'User-agent: *\n',
    'icon.png': Buffer.from('not text, left alone'.repeat(50)),
    _headers: '/*\n  X-Frame-Options: DENY\n'.repeat(20),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  // A copy from an earlier build, for a file that no longer gains from compression.
  writeFileSync(join(dir, 'robots.txt.br'), 'stale');

  it('writes .br and .gz beside each text file that gains, and they hold the file', async () => {
    const totals = await precompress(dir);
    for (const name of ['fr/x/index.html', 'assets/app-Ab12.js']) {
      const raw = readFileSync(join(dir, name));
      const br = readFileSync(join(dir, name + '.br'));
      const gz = readFileSync(join(dir, name + '.gz'));
      expect(brotliDecompressSync(br).equals(raw), name).toBe(true);
      expect(gunzipSync(gz).equals(raw), name).toBe(true);
      expect(br.length, name).toBeLessThan(gz.length);
      expect(gz.length, name).toBeLessThan(raw.length / 5);
    }
    // Too small to gain: left as it is, and the stale copy is gone (nginx would send it).
    expect(existsSync(join(dir, 'robots.txt.br'))).toBe(false);
    expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
    // Not text, or never served.
    for (const name of ['icon.png', '_headers']) expect(existsSync(join(dir, name + '.gz')), name).toBe(false);
    expect(totals).toMatchObject({ files: 3, skipped: 1 });
    expect(totals.raw).toBe(['fr/x/index.html', 'assets/app-Ab12.js', 'robots.txt'].reduce((sum, name) => sum + Buffer.byteLength(files[name]!), 0));
    expect(totals.brotli).toBeLessThan(totals.gzip);
    expect(totals.gzip).toBeLessThan(totals.raw / 5);
  });
});

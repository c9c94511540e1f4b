import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withCspMeta } from '../../tooling/vite/static-site';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'machines'))];

describe('source rules that keep scenario text inert', () => {
  it('scans the app sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML assignments', /\.innerHTML\s*=/],
    ['eval or new Function', /\beval\s*\(|new Function\s*\(/],
    ['document.cookie', /document\.cookie/],
  ])('no %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => f.slice(root.length + 1));
    expect(offenders).toEqual([]);
  });

  it('index.html has no inline script and a strict policy', () => {
    // The policy's <meta> is added from tooling/security-headers.ts (test/security/headers.test.ts).
    const html = withCspMeta(readFileSync(join(root, 'index.html'), 'utf8'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain("default-src 'self'");
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
  });
});

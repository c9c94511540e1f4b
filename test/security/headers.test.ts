// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  headersFile,
} from '../../scripts/security-headers';
import { withCspMeta } from '../../scripts/static-site';

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
  });

  it('dist/_headers gives every header to every path', () => {
    const lines = headersFile().split('\n');
    expect(lines).toContain('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(lines).toContain(`  ${name}: ${value}`);
  });
});

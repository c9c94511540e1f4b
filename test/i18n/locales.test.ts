import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textFiles } from '../../tooling/machine-files';
import { frenchTypography } from '../../src/i18n/typography';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pairs = [
  ...textFiles('fr').map((f) => [f.file, f.file.replace(/\.fr\.json$/, '.en.json')]),
  ...readdirSync(join(root, 'src/i18n/locales/fr')).map((f) => [join(root, 'src/i18n/locales/fr', f), join(root, 'src/i18n/locales/en', f)]),
] as [string, string][];

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (value && typeof value === 'object') {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
  }
  return { [prefix]: String(value) };
}
const read = (file: string) => flatten(JSON.parse(readFileSync(file, 'utf8')));
const short = (file: string) => file.slice(root.length + 1);

describe('locale files', () => {
  it('exist in pairs', () => {
    expect(pairs.length).toBeGreaterThan(1);
  });

  describe.each(pairs.map(([fr, en]) => ({ name: short(fr), fr, en })))('$name', ({ fr, en }) => {
    it('has exactly the same keys in French and English, none empty', () => {
      const french = read(fr);
      const english = read(en);
      expect(Object.keys(english).sort()).toEqual(Object.keys(french).sort());
      for (const [key, text] of [...Object.entries(french), ...Object.entries(english)]) expect(text.trim(), key).not.toBe('');
    });

    it('follows French typography (run `npm run fix:typography`)', () => {
      for (const [key, text] of Object.entries(read(fr))) expect(text, key).toBe(frenchTypography(text));
    });
  });
});

describe('frenchTypography', () => {
  it('puts no-break spaces before ? ! ; : and inside guillemets', () => {
    expect(frenchTypography('Quel rôle ? Oui ! Non ; voici : « cité »')).toBe(
      'Quel rôle\u202f? Oui\u202f! Non\u202f; voici\u00a0: «\u00a0cité\u00a0»',
    );
  });

  it('adds the space when the author forgot it, and leaves times and links alone', () => {
    expect(frenchTypography('Vraiment?')).toBe('Vraiment\u202f?');
    expect(frenchTypography('à 10:30, voir https://exemple.org')).toBe('à 10:30, voir https://exemple.org');
  });

  it('is idempotent', () => {
    const once = frenchTypography('« Est-ce permis ? » : oui !');
    expect(frenchTypography(once)).toBe(once);
  });
});

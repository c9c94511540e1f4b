// Rewrites every French locale file with French typography (no-break spaces before ? ! : ;
// and inside « »), so that authors can type ordinary spaces.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textFiles } from '../tooling/machine-files';
import { frenchTypography } from '../src/i18n/typography';

const root = join(dirname(fileURLToPath(import.meta.url)), '..') + '/';
export const frenchLocaleFiles = [
  ...textFiles('fr').map((f) => f.file),
  ...readdirSync(root + 'src/i18n/locales/fr').map((f) => root + 'src/i18n/locales/fr/' + f),
];

const fix = (value: unknown): unknown =>
  typeof value === 'string'
    ? frenchTypography(value)
    : Array.isArray(value)
      ? value.map(fix)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fix(v)]))
        : value;

let changed = 0;
for (const file of frenchLocaleFiles) {
  const before = readFileSync(file, 'utf8');
  const after = JSON.stringify(fix(JSON.parse(before)), null, 2) + '\n';
  if (after !== before) {
    writeFileSync(file, after);
    changed++;
  }
}
console.log(`${frenchLocaleFiles.length} French locale files, ${changed} rewritten.`);

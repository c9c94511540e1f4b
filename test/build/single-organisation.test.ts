import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { organisationFolders, organisationTextFile, scenarioTextFiles } from '../../tooling/machine-files';

/**
 * `GUIDE_ORGS=<id> npm run build`: a guide of one organisation's situations only. Built for
 * each organisation in turn, no page or asset may hold another organisation's name, scenario
 * ids or titles, in either language.
 */
const organisations = organisationFolders();
const out = mkdtempSync(join(tmpdir(), 'guide-one-org-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** What marks an organisation: its name, its scenarios' ids, and their titles, in both languages. */
function marks(org: string): string[] {
  return ['fr', 'en'].flatMap((lang) => [
    String(readJson(organisationTextFile(org, lang)).name),
    ...scenarioTextFiles(lang)
      .filter((f) => f.organisation === org)
      .flatMap((f) => [f.name, String(readJson(f.file).title)]),
  ]);
}

/** Text as a reader would find it: HTML entities and JavaScript/JSON escapes undone, spaces folded. */
function readable(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\\(['"])/g, '$1')
    .replace(/\s+/g, ' ');
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|js|json|css|webmanifest|txt)$|^_headers$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('a guide of one organisation (GUIDE_ORGS)', () => {
  it.each(organisations)('GUIDE_ORGS=%s builds a site with no other organisation in any page or asset', { timeout: 300_000 }, (org) => {
    const dist = join(out, org);
    const log = execFileSync('npm', ['run', 'build'], { env: { ...process.env, GUIDE_ORGS: org, GUIDE_OUT_DIR: dist }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(log).toMatch(new RegExp(`Prerendered \\d+ pages .* for 1 organisation \\(${org}\\), as GUIDE_ORGS asks`));

    const foreign = organisations.filter((o) => o !== org).flatMap((o) => marks(o).map((mark) => ({ o, mark: readable(mark) })));
    const found: string[] = [];
    for (const file of files(dist)) {
      const text = readable(readFileSync(file, 'utf8'));
      for (const { o, mark } of foreign) if (text.includes(mark)) found.push(`${file.slice(dist.length)}: « ${mark} » (${o})`);
    }
    expect(found.slice(0, 20), `${found.length} marks of other organisations`).toEqual([]);

    // Its own situations are all there, and the comparison page is left out.
    const home = readable(readFileSync(join(dist, 'fr', 'index.html'), 'utf8'));
    expect(home).toContain(readable(String(readJson(organisationTextFile(org, 'fr')).name)));
    expect(home).not.toContain('/fr/comparer/');
    for (const f of scenarioTextFiles('fr').filter((s) => s.organisation === org)) expect(readdirSync(join(dist, 'fr', f.name)).length, f.name).toBeGreaterThan(0);
  });
});

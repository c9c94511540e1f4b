// scripts/policy-diff.ts as a maintainer runs it: prints the report and writes it (here to a
// temporary folder, --out), exits 1 with a clear message on a file that is not a new version
// of the policy, and never writes into policies/ or machines/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MACHINES_DIR } from '../../tooling/machine-files';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { policiesDir, projectRoot, readPolicy } from '../../tooling/policies';
import { endingsToReread, policyUpdate } from '../../tooling/policy-diff';
import { fixtures, newVersion } from './fixtures';

const work = mkdtempSync(join(tmpdir(), 'policy-diff-'));
const out = join(work, 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/policy-diff.ts', ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const reports = () => (existsSync(out) ? readdirSync(out) : []);

/** Every file of policies/ with its size and modification time, and the names of machines/'s (edited by hand meanwhile). */
const untouched = () => [
  ...readdirSync(policiesDir).map((f) => {
    const stat = statSync(join(policiesDir, f));
    return `policies/${f} ${stat.size} ${stat.mtimeMs}`;
  }),
  ...readdirSync(MACHINES_DIR, { recursive: true, encoding: 'utf8' }).map((f) => `machines/${f}`),
];
const before = untouched();

describe('npm run policy:diff', { timeout: 60_000 }, () => {
  const cest = fixtures.find((f) => f.organisation === 'cest')!;

  it('prints the report and writes it to <out>/<org>-<date>.md', async () => {
    const result = run('cest', file('cest-new.txt', newVersion(cest)), '--out', out, '--date', '2025-01-01');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(reports()).toEqual(['cest-2025-01-01.md']);
    const report = readFileSync(join(out, 'cest-2025-01-01.md'), 'utf8');
    expect(result.stdout).toContain(report);
    const expected = endingsToReread(policyUpdate('cest', readPolicy('cest'), newVersion(cest), await loadAllScenarios()));
    expect(expected.length).toBeGreaterThan(0);
    for (const name of expected) expect(report).toContain(`\`${name.replace(' / ', '` / `')}\``);
    rmSync(join(out, 'cest-2025-01-01.md'));
  });

  it('a policy against itself: no change, no report', () => {
    const result = run('vbc', file('vbc-same.txt', readPolicy('vbc')), '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^No change: /);
    expect(reports()).toEqual([]);
  });

  it.each([
    ['a binary file', 'cest', () => file('policy.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])), /policy\.docx is not a text file/],
    ['an empty file', 'cest', () => file('empty.txt', '\n\n'), /empty\.txt is empty/],
    ["another organisation's policy", 'cest', () => file('stu.txt', readPolicy('stu')), /stu\.txt has almost nothing in common with the current policy/],
    ['an unknown organisation', 'xyz', () => file('x.txt', 'x'), /Unknown organisation "xyz": one of /],
    ['a missing file', 'cest', () => join(work, 'missing.txt'), /missing\.txt: no such file/],
  ])('%s: a clear message, exit 1, no report', (_what, org, path, message) => {
    const result = run(org, path(), '--out', out);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(reports()).toEqual([]);
  });

  it('never writes into policies/ or machines/', () => {
    const result = run('cest', file('cest-new-2.txt', newVersion(cest)), '--out', policiesDir);
    expect(result.stderr).toMatch(/never goes into policies\//);
    expect(result.status).toBe(1);
    expect(untouched()).toEqual(before);
  });
});

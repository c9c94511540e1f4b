// A lint or type check switched off says why on the same line (`-- reason`, or after the
// colon of a @ts-expect-error): no silent exception to the rules `npm run lint` and `tsc` hold.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tooling/policies';

const FOLDERS = ['engine', 'machines', 'src', 'tooling', 'scripts', 'test', 'bench', 'public'];
const sources = FOLDERS.flatMap((folder) => {
  const dir = join(projectRoot, folder);
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
});

/** Lines that switch a check off without a reason. */
export function silentExceptions(text: string): string[] {
  return text.split('\n').filter((line) => {
    const lint = /(eslint|oxlint)-disable(-next-line|-line)?\b(.*)$/.exec(line);
    if (lint) return !/ -- \S/.test(lint[3] ?? '');
    const ts = /@ts-(expect-error|ignore|nocheck)(.*)$/.exec(line);
    return ts ? !/^:?\s*\S/.test(ts[2] ?? '') : false;
  });
}

describe('every switched-off check gives its reason', () => {
  it('finds the sources', () => expect(sources.length).toBeGreaterThan(100));
  it('tells a reasoned exception from a silent one', () => {
    // Built, not written out, so that this file holds no directive of its own.
    const lint = `// ${'eslint'}-disable-line react-hooks/exhaustive-deps`;
    const ts = `// @${'ts'}-expect-error`;
    expect(silentExceptions(`a(); ${lint}`)).toHaveLength(1);
    expect(silentExceptions(`a(); ${lint} -- only once`)).toEqual([]);
    expect(silentExceptions(ts)).toHaveLength(1);
    expect(silentExceptions(`${ts}: no contact`)).toEqual([]);
  });
  it('in every source file', () => {
    const found = sources.flatMap((file) => silentExceptions(readFileSync(file, 'utf8')).map((line) => `${relative(projectRoot, file)}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});

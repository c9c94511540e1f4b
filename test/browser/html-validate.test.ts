// Every prerendered page, checked without a browser: structure, ids, labels, landmarks and
// ARIA (html-validate's recommended and a11y rules, less markup style: .htmlvalidate.mjs).
// axe-core in Chromium then checks one page of each template (a11y.test.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tooling/policies';

const dist = join(projectRoot, 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every prerendered page is valid, accessible HTML (html-validate)', () => {
  it('finds the pages of the build', () => expect(pages.length).toBeGreaterThan(500));

  // In groups of pages, so a failure names the page and a run stays short.
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const group = page.split('/').slice(0, 2).join('/');
    groups.set(group, [...(groups.get(group) ?? []), page]);
  }
  it.each([...groups])('%s', async (_group, files) => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}: ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
    expect(problems.join("\n")).toBe("");
  });
});

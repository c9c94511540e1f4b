// tooling/policy-diff.ts: a new version of a policy, compared passage by passage, names the
// endings that quote or cite what changed, and nothing else.
import { describe, expect, it } from 'vitest';
import type { StepMeta } from '../../engine/model';
import { isVerbatim, normaliseForQuote } from '../../engine/quotes';
import { lookup } from '../../engine/validate';
import { organisations } from '../../machines/index';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { readPolicy } from '../../tooling/policies';
import {
  citedSections,
  citedText,
  endingsToReread,
  formatReport,
  outlinePolicy,
  PolicyDiffError,
  policyText,
  policyUpdate,
  type PolicyUpdate,
} from '../../tooling/policy-diff';
import { fixtures, newVersion, removedLines } from './fixtures';

const all = await loadAllScenarios();
const ids = organisations.map((o) => o.id);

/** Every ending of an organisation with its section texts and quotes, read straight from the machines. */
function endingsOf(organisation: string) {
  return all
    .filter((s) => s.document === organisation)
    .flatMap((s) =>
      Object.entries(s.machine.root.states).flatMap(([state, node]) => {
        const meta = node.meta as StepMeta | undefined;
        if (meta?.kind !== 'ending') return [];
        const text = (key: string) => String(lookup(s.messages.fr ?? {}, key));
        return [{ name: `${s.id} / ${state}`, labels: meta.citation.sections.map(text), quotes: meta.quotes.map((q) => ({ text: q.text, label: text(q.section) })) }];
      }),
    );
}

const quotedEndings = (update: PolicyUpdate) => [...new Set(update.brokenQuotes.flatMap((q) => q.endings.map((e) => `${e.scenario} / ${e.state}`)))].sort();

describe('each policy against itself', () => {
  it.each(ids)('%s: no change, nothing to reread', (org) => {
    const update = policyUpdate(org, readPolicy(org), readPolicy(org), all);
    expect(update.changes).toEqual([]);
    expect(endingsToReread(update)).toEqual([]);
  });

  it.each(ids)('%s: only the layout changed (Windows line endings, no-break spaces, blank lines): no change', (org) => {
    const relaidOut = readPolicy(org).replace(/ /g, '\u00a0').replace(/\n/g, '\r\n\r\n');
    expect(policyUpdate(org, readPolicy(org), relaidOut, all).changes).toEqual([]);
  });
});

describe('the sections each ending cites', () => {
  it.each(ids)('%s: every section text names exactly one section, and holds the quotes filed under it', (org) => {
    const outline = outlinePolicy(org, readPolicy(org));
    const endings = endingsOf(org);
    expect(endings.length).toBeGreaterThan(0);
    for (const ending of endings) {
      for (const label of ending.labels) expect(citedSections(org, label, outline).keys, `${ending.name}: « ${label} »`).toHaveLength(1);
      for (const quote of ending.quotes) {
        const text = citedText(citedSections(org, quote.label, outline), outline);
        expect(isVerbatim(quote.text, text), `${ending.name}: « ${quote.text} » is not in « ${quote.label} »`).toBe(true);
      }
    }
  });
});

describe.each(fixtures)('$organisation: one sentence reworded, one section added, one removed', (fixture) => {
  const org = fixture.organisation;
  const update = policyUpdate(org, readPolicy(org), newVersion(fixture), all);
  const removed = removedLines(fixture).map((line) => line.trim());
  const endings = endingsOf(org);
  const quoting = endings
    .filter((e) => e.quotes.some((q) => normaliseForQuote(q.text).includes(fixture.reword[0]) || removed.some((line) => normaliseForQuote(line).includes(normaliseForQuote(q.text)))))
    .map((e) => e.name)
    .sort();
  // Section texts have no-break spaces inside « »: compared as quotes are.
  const citing = endings.filter((e) => e.labels.some((label) => fixture.cites.test(normaliseForQuote(label)))).map((e) => e.name);

  it('lists the passages added, removed and reworded, and nothing else', () => {
    const of = (kind: string) => update.changes.filter((c) => c.kind === kind);
    expect(of('reworded')).toHaveLength(1);
    expect(of('removed').map((c) => (c.kind === 'removed' ? c.before.text : ''))).toEqual(removed);
    expect(of('added').map((c) => (c.kind === 'added' ? c.after.text : ''))).toEqual(fixture.add.lines);
    expect(update.changes).toHaveLength(1 + removed.length + fixture.add.lines.length);
  });

  it('names every quote no longer word for word, with the endings that show it', () => {
    expect(quoting.length).toBeGreaterThan(0);
    expect(quotedEndings(update)).toEqual(quoting);
  });

  it('names exactly the endings that quote or cite what changed', () => {
    const expected = [...new Set([...quoting, ...citing])].sort();
    expect(endingsToReread(update)).toEqual(expected);
  });

  it('writes a report that names them, with links to their decision tables', () => {
    const report = formatReport(update, { organisationName: org, policyDate: '(date)', policyFile: 'policies/x.txt', newFile: 'new.txt', date: '2025-01-01' });
    for (const s of update.scenarios) expect(report).toContain(`](../decision-tables/${s.id}.md)`);
    for (const name of endingsToReread(update)) {
      const [scenario, state] = name.split(' / ');
      expect(report).toContain(`\`${scenario}\` / \`${state}\``);
    }
    expect(report).toContain(fixture.reword[1]);
  });
});

describe('a renumbered article', () => {
  // Article 21 removed, 22 becomes 21: the endings citing « Article 22 » now cite a wrong number.
  const renumbered = readPolicy('cest')
    .replace(/^21\. .*\n/m, '')
    .replace('\n22. Le non-respect', '\n21. Le non-respect');
  const update = policyUpdate('cest', readPolicy('cest'), renumbered, all);

  it('is renumbered, not reworded, and its citing endings are listed', () => {
    expect(update.changes.map((c) => c.kind).sort()).toEqual(['removed', 'renumbered']);
    const article22 = update.citing.find((c) => c.section === 'Article 22');
    expect(article22?.renumbered).toBe(true);
    expect(article22?.endings.map((e) => `${e.scenario} / ${e.state}`).sort()).toEqual(
      endingsOf('cest')
        .filter((e) => e.labels.some((l) => l.startsWith('Article 22 ')))
        .map((e) => e.name)
        .sort(),
    );
  });
});

describe('a file that is not a new version of the policy', () => {
  it('binary or not UTF-8: a clear error', () => {
    expect(() => policyText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]))).toThrow(/not a text file/);
    expect(() => policyText(new Uint8Array([0x50, 0x6f, 0x6c, 0x69, 0x74, 0x69, 0x71, 0x75, 0xe9]))).toThrow(/not UTF-8 text/);
    expect(() => policyText(new Uint8Array([0x50, 0x6f, 0x6c, 0x69, 0x74, 0x69, 0x71, 0x75, 0xe9]))).toThrow(PolicyDiffError);
  });

  it('empty or blank: a clear error', () => {
    expect(() => policyText(new Uint8Array())).toThrow(/is empty/);
    expect(() => policyText(new TextEncoder().encode(' \n\u00a0\r\n\t'))).toThrow(/is empty/);
    expect(policyText(new TextEncoder().encode('\uFEFFPréambule\n'))).toBe('Préambule\n');
  });

  it.each(ids.flatMap((org) => ids.filter((other) => other !== org).map((other) => [org, other])))(
    "%s given %s's policy: almost nothing in common, an error rather than « everything changed »",
    (org, other) => {
      expect(() => policyUpdate(org!, readPolicy(org!), readPolicy(other!), all)).toThrow(/almost nothing in common/);
    },
  );
});

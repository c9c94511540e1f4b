import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarioTextFile } from '../../tooling/machine-files';
import { organisations, scenarios } from '../../machines/index';
import { THEMES } from '../../engine/themes';
import { LANGUAGES } from '../../src/i18n/languages';
import { scenarioPath } from '../../src/routes';
import { renderAt } from './renderAt';

const texts = (organisation: string, id: string, lang: string) =>
  JSON.parse(readFileSync(scenarioTextFile(organisation, id, lang), 'utf8')) as { compare?: Record<string, string> };

describe('comparison data', () => {
  it.each(LANGUAGES)('in %s, each scenario has a short answer for exactly the themes it is tagged with', (lang) => {
    for (const s of scenarios) {
      const compare = texts(s.organisation, s.id, lang).compare ?? {};
      expect(Object.keys(compare).sort(), s.id).toEqual([...(s.themes ?? [])].sort());
      for (const theme of s.themes ?? []) expect(THEMES, s.id).toContain(theme);
    }
  });
});

describe.each([
  { lang: 'fr' as const, path: '/fr/comparer/', silent: 'La politique ne dit rien' },
  { lang: 'en' as const, path: '/en/compare/', silent: 'The policy says nothing' },
])('the comparison page ($lang)', ({ lang, path, silent }) => {
  it('shows every theme × organisation cell: a link to each scenario answering it, or that the policy says nothing', async () => {
    await renderAt(path);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(THEMES.length);
    THEMES.forEach((theme, r) => {
      const cells = within(rows[r]!).getAllByRole('cell');
      expect(cells).toHaveLength(organisations.length);
      organisations.forEach((org, c) => {
        const expected = scenarios.filter((s) => s.organisation === org.id && s.themes?.includes(theme));
        const links = within(cells[c]!).queryAllByRole('link');
        expect(links.map((a) => a.getAttribute('href')), `${theme} × ${org.id}`).toEqual(expected.map((s) => scenarioPath(lang, s.id)));
        for (const [i, link] of links.entries()) {
          expect(link.textContent).toBe(texts(org.id, expected[i]!.id, lang).compare![theme]);
        }
        if (expected.length === 0) expect(cells[c]).toHaveTextContent(silent);
        else expect(cells[c]).not.toHaveTextContent(silent);
      });
    });
  });
});

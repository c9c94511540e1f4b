import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findScenario, scenarios } from '../../machines/index';
import { LANGUAGES } from '../../src/i18n/languages';
import { parseRoute } from '../../src/routes';
import { renderAt } from '../ui/renderAt';

/** Links in `main` that lead to a home page, an organisation's page or a real scenario. */
function waysForward(): string[] {
  const main = screen.getByRole('main');
  return within(main)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => {
      const route = parseRoute(new URL(href, 'http://x').pathname);
      return route.page === 'home' || route.page === 'organisation' || (route.page === 'scenario' && findScenario(route.id) !== undefined);
    });
}

/**
 * Every scenario's first page offers, in the page itself, a way on or back: questions have
 * their answers and « back to the list ». Regression (found by these tests, since fixed in
 * src/ui/EndingView.tsx): eq-suivre-partager starts on its ending, and an ending reached with
 * no answers used to hide both « back » and « start again », leaving its main with no link.
 */
describe('the first page of every scenario', () => {
  const lang = LANGUAGES[0]; // the pages are built alike in both languages
  it.each(scenarios.map((s) => s.id))('%s has a way forward in its main', async (id) => {
    await renderAt(`/${lang}/${id}/`);
    await screen.findByRole('heading', { level: 1 });
    expect(waysForward()).not.toEqual([]);
  });
});

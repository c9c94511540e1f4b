import { act, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect } from 'vitest';
import { App } from '../../src/ui/App';
import { markFirstPageShown } from '../../src/ui/hooks';
import { resetI18nInstances } from '../../src/ui/i18nInstances';

export const missingKeys: string[] = [];

beforeEach(() => {
  missingKeys.length = 0;
  resetI18nInstances({ onMissingKey: (lang, ns, key) => missingKeys.push(`${lang}/${ns}:${key}`) });
  markFirstPageShown(true);
  localStorage.clear();
});

afterEach(() => {
  // Every string the pages asked for exists in the language shown.
  expect(missingKeys).toEqual([]);
});

/** Renders the whole app at a URL, as a browser would after following a link. */
export async function renderAt(url: string) {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<App />);
  });
  return { user, ...result! };
}

export const currentUrl = () => window.location.pathname + window.location.search;

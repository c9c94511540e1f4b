/** The queries the search timing types (bench and test). */
export const SEARCH_TIMING_QUERIES: string[];
// Types for the parts of bench/browser.mjs that the browser tests use.
import type { Browser } from 'playwright-core';

export function launchBrowser(): Promise<Browser>;
export function searchTimes(
  browser: Browser,
  base: string,
  path: string,
  queries: string[],
): Promise<{ samples: { query: string; ms: number }[]; median: number; download: number }>;

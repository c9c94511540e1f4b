import { findScenario } from '../../machines/index';
import { createSearcher, type Searcher } from '../../src/search/engine';
import { searchIndexJson } from '../../tooling/search-index';

/** The index the build ships (the same function), through the same JSON round trip as the browser. */
export const builtIndexJson = (lang: string): string => searchIndexJson(lang);

export function searcherFor(lang: string): Searcher {
  return createSearcher(builtIndexJson(lang), (id) => findScenario(id) !== undefined);
}

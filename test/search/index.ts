import { readFileSync } from 'node:fs';
import { organisationTextFile, textFiles } from '../../scripts/machine-files';
import { findScenario } from '../../machines/index';
import { buildSearchIndex, searchDocument } from '../../src/search/documents';
import { createSearcher, type Searcher } from '../../src/search/engine';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The index as the build makes it (vite.config.ts), through the same JSON round trip as the browser. */
export function builtIndexJson(lang: string): string {
  return JSON.stringify(
    buildSearchIndex(
      textFiles(lang)
        .filter((f) => f.name !== 'organisation')
        .map((f) => searchDocument(f.name, f.organisation, String(readJson(organisationTextFile(f.organisation, lang)).name), readJson(f.file))),
    ),
  );
}

export function searcherFor(lang: string): Searcher {
  return createSearcher(builtIndexJson(lang), (id) => findScenario(id) !== undefined);
}

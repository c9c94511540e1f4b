import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarios } from '../machines/index';
import { findOrganisation } from '../machines/organisations';
import type { ScenarioUnderTest } from '../src/engine/validate';

export const LANGUAGES = ['fr', 'en'] as const;

function readMessages(id: string, lang: string): Record<string, unknown> {
  const file = fileURLToPath(new URL(`../machines/${id}.${lang}.json`, import.meta.url));
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Every registered scenario with its machine, texts and organisation, read from disk (Node only). */
export async function loadAllScenarios(): Promise<ScenarioUnderTest[]> {
  return Promise.all(
    scenarios.map(async (entry) => {
      const organisation = findOrganisation(entry.organisation);
      return {
        id: entry.id,
        machine: (await entry.load()).default,
        messages: Object.fromEntries(LANGUAGES.map((lang) => [lang, readMessages(entry.id, lang)])),
        contacts: organisation?.contacts ?? [],
        document: entry.organisation,
      };
    }),
  );
}

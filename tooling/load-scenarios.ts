import { readFileSync } from 'node:fs';
import { scenarioTextFile } from './machine-files';
import { findOrganisation, scenarios } from '../machines/index';
import type { AnyStateMachine } from 'xstate';
import type { ScenarioUnderTest } from '../engine/validate';
import { LANGUAGES } from '../src/i18n/languages';

function readMessages(organisation: string, id: string, lang: string): Record<string, unknown> {
  const file = scenarioTextFile(organisation, id, lang);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {}; // no file: the validator reports every text as missing
  }
  return JSON.parse(text) as Record<string, unknown>;
}

/** Every registered scenario with its machine, texts and organisation, read from disk (Node only). */
export async function loadAllScenarios(): Promise<ScenarioUnderTest<AnyStateMachine>[]> {
  return Promise.all(
    scenarios.map(async (entry) => {
      const organisation = findOrganisation(entry.organisation);
      return {
        id: entry.id,
        machine: (await entry.load()).default,
        messages: Object.fromEntries(LANGUAGES.map((lang) => [lang, readMessages(entry.organisation, entry.id, lang)])),
        contacts: organisation?.contacts ?? [],
        document: entry.organisation,
      };
    }),
  );
}

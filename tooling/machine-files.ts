// Where each organisation's files are (Node only: build, scripts and tests). One folder per
// organisation: `machines/<org>/organisation.ts` (roles, contacts, source policy),
// `organisation.<lang>.json` (its name, policy title and date, contacts, roles in words),
// and for each scenario `<id>.ts`, `<id>.fr.json`, `<id>.en.json`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideOrganisations } from './guide-orgs.ts';

export const MACHINES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'machines');

/** The organisation folders, sorted: those of the organisations this build holds (./guide-orgs.ts). */
export function organisationFolders(): string[] {
  const all = readdirSync(MACHINES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return guideOrganisations(all) ?? all;
}

/** A scenario's texts in one language (the scenario id starts with its organisation's id). */
export const scenarioTextFile = (organisation: string, id: string, lang: string) => join(MACHINES_DIR, organisation, `${id}.${lang}.json`);

export const organisationTextFile = (organisation: string, lang: string) => join(MACHINES_DIR, organisation, `organisation.${lang}.json`);

/** Every text file of every organisation in one language: its texts and its scenarios'. */
export function textFiles(lang: string): { organisation: string; name: string; file: string }[] {
  return organisationFolders().flatMap((organisation) =>
    readdirSync(join(MACHINES_DIR, organisation))
      .filter((f) => f.endsWith(`.${lang}.json`))
      .sort()
      .map((f) => ({ organisation, name: f.slice(0, -`.${lang}.json`.length), file: join(MACHINES_DIR, organisation, f) })),
  );
}

/** Every scenario's text file in one language (the organisation's own texts left out). */
export const scenarioTextFiles = (lang: string) => textFiles(lang).filter((f) => f.name !== 'organisation');

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

export const commonTextFile = (lang: string) => join(MACHINES_DIR, '..', 'src', 'i18n', 'locales', lang, 'common.json');

/**
 * The common namespace as the app receives it: the interface texts, with each
 * organisation's own texts under `org.<id>`. Returns the files it read, for watchers.
 */
export function commonTexts(lang: string): { texts: Record<string, unknown>; files: string[] } {
  const organisations = organisationFolders();
  return {
    texts: { ...readJson(commonTextFile(lang)), org: Object.fromEntries(organisations.map((org) => [org, readJson(organisationTextFile(org, lang))])) },
    files: [commonTextFile(lang), ...organisations.map((org) => organisationTextFile(org, lang))],
  };
}

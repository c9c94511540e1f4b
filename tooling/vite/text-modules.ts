// The build-time data modules, one virtual module per language each (`virtual:<name>/<lang>`):
// what the app downloads of the texts, cut so that each page takes only what it shows.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { everyPageTexts, laterTexts } from '../common-groups.ts';
import { commonTexts, organisationFolders, scenarioTextFiles } from '../machine-files.ts';
import { scenarioLayout } from '../diagram-layout.ts';
import { scenarioMachineData } from '../scenario-machine.ts';
import { quoteTranslations, quoteTranslationsFile } from '../quote-translations.ts';
import { searchIndexJson } from '../search-index.ts';

type Watch = (file: string) => void;

/** The modules, by name: `virtual:<name>/<lang>[/<part>]` → its default export. */
const MODULES: Record<string, (lang: string, part: string | undefined, watch: Watch) => unknown | Promise<unknown>> = {
  // Each scenario's title, so the home page lists them without their questions and endings.
  'scenario-catalogue': (lang, _part, watch) =>
    Object.fromEntries(scenarioTextFiles(lang).map((f) => [f.name, { title: String(readJson(f.file, watch).title ?? '') }])),
  // For each scenario that answers a comparison theme, its title and its short answer per theme.
  comparison: (lang, _part, watch) =>
    Object.fromEntries(
      scenarioTextFiles(lang)
        .map((f) => [f.name, readJson(f.file, watch)] as const)
        .filter(([, texts]) => texts.compare)
        .map(([id, texts]) => [id, { title: texts.title, compare: texts.compare }]),
    ),
  // MiniSearch's JSON, downloaded on the search box's first focus or keystroke (precached offline).
  'search-index': (lang, _part, watch) => searchIndexJson(lang, watch),
  // The interface texts with each organisation's own under `org.<id>`, less the later groups…
  'common-texts': (lang, _part, watch) => everyPageTexts(commonFiles(lang, watch)),
  // …which are `virtual:common-more/<lang>/<group>`, merged in by the pages that need them.
  'common-more': (lang, group, watch) => withQuoteRenderings(lang, group ?? '', laterTexts(commonFiles(lang, watch), group ?? ''), watch),
  // One scenario's diagram, laid out at build time (tooling/diagram-layout.ts): the trainer's pages draw it as is.
  'diagram-layout': (lang, id, watch) => scenarioLayout(id ?? '', lang, watch),
  // One scenario's machine as data (`virtual:scenario-machine/<organisation>/<id>`): the browser walks it without XState.
  'scenario-machine': (organisation, id, watch) => scenarioMachineData(organisation, id ?? '', watch),
};

/**
 * `virtual:diagram-layouts/<lang>`: for each scenario, the loader of its laid-out diagram in
 * that language (code, not data: one chunk per diagram, downloaded with the page that draws it).
 */
const loaders = (entries: [string, string][]) => `export default {\n${entries.map(([key, module]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(module)}),`).join('\n')}\n};`;

/**
 * Modules of loaders (code, not data), one per language: `virtual:diagram-layouts/<lang>`, each
 * scenario's laid-out diagram; `virtual:organisation-texts/<lang>`, each organisation's policy
 * and contacts (`virtual:common-more/<lang>/org-<id>`), for a scenario's pages.
 */
const INDEXES: Record<string, (lang: string) => string> = {
  'diagram-layouts': (lang) => loaders(scenarioTextFiles(lang).map((f) => [f.name, `virtual:diagram-layout/${lang}/${f.name}`])),
  'organisation-texts': (lang) => loaders(organisationFolders().map((org) => [org, `virtual:common-more/${lang}/org-${org}`])),
  // `virtual:scenario-texts/<lang>`: each scenario's texts (its i18next namespace), by id.
  'scenario-texts': (lang) => loaders(scenarioTextFiles(lang).map((f) => [f.name, f.file])),
  // `virtual:scenario-machines/all`: each scenario's machine as data, by id.
  'scenario-machines': () => loaders(scenarioTextFiles('fr').map((f) => [f.name, `virtual:scenario-machine/${f.organisation}/${f.name}`])),
};

/** The file names of the built chunks: what each virtual module holds, then its language. */
export const VIRTUAL_CHUNK_NAMES: Record<string, string> = {
  'common-texts': 'common',
  'common-more': 'common-more',
  'scenario-catalogue': 'catalogue',
  comparison: 'comparison',
  'search-index': 'search-index',
  'diagram-layout': 'diagram',
  'scenario-machine': 'machine',
};

/**
 * On English pages, an organisation's texts carry the English rendering of each policy quote
 * (`org.<id>.quoteRenderings`, tooling/quote-translations.ts), for its scenarios' endings only.
 */
function withQuoteRenderings(lang: string, group: string, texts: Record<string, unknown>, watch: Watch) {
  const org = /^org-([\w-]+)$/.exec(group)?.[1];
  if (lang !== 'en' || !org) return texts;
  watch(quoteTranslationsFile(org));
  const own = (texts.org as Record<string, Record<string, unknown>>)[org]!;
  const quoteRenderings = Object.entries(quoteTranslations(org)).map(([fr, en]) => ({ fr, en }));
  return { org: { [org]: { ...own, quoteRenderings } } };
}

function readJson(file: string, watch: Watch) {
  watch(file);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function commonFiles(lang: string, watch: Watch) {
  const { texts, files } = commonTexts(lang);
  files.forEach(watch);
  return texts;
}

export function textModules(): Plugin {
  return {
    name: 'text-modules',
    resolveId: (source) => {
      const name = /^virtual:([\w-]+)\//.exec(source)?.[1];
      return name && (name in MODULES || name in INDEXES) ? '\0' + source : undefined;
    },
    async load(resolved) {
      const index = /^\0virtual:([\w-]+)\/(\w+)$/.exec(resolved);
      if (index && INDEXES[index[1]!]) return INDEXES[index[1]!]!(index[2]!);
      const match = /^\0virtual:([\w-]+)\/(\w+)(?:\/([\w-]+))?$/.exec(resolved);
      const build = match && MODULES[match[1]!];
      if (!build) return;
      const value = await build(match[2]!, match[3], (file) => this.addWatchFile(file));
      return `export default ${JSON.stringify(value)};`;
    },
  };
}

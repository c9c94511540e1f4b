/// <reference types="vite/client" />

/** Each scenario's title in one language (built from machines/<id>.<lang>.json). */
declare module 'virtual:scenario-catalogue/*' {
  const catalogue: Record<string, { title: string }>;
  export default catalogue;
}

/** The guide's version (package.json) and build date, set by vite.config.ts. */
declare const __GUIDE_VERSION__: string;
declare const __GUIDE_DATE__: string;

/** The interface texts in one language, with each organisation's texts under `org.<id>`. */
declare module 'virtual:common-texts/*' {
  const texts: Record<string, unknown>;
  export default texts;
}

/** For each scenario answering a comparison theme: its title and short answer per theme. */
declare module 'virtual:comparison/*' {
  const comparison: Record<string, { title: string; compare: Record<string, string> }>;
  export default comparison;
}

/** The search index of one language, serialised with `JSON.stringify(miniSearch)` (tooling/search-index.ts). */
declare module 'virtual:search-index/*' {
  const index: string;
  export default index;
}

/** A group of common sections only some pages use (src/ui/moreTexts.ts). */
declare module 'virtual:common-more/*' {
  const texts: Record<string, unknown>;
  export default texts;
}

/** For each scenario, the loader of its diagram laid out at build time in that language (tooling/diagram-layout.ts). */
declare module 'virtual:diagram-layouts/*' {
  const loaders: Record<string, () => Promise<{ default: import('./trainer/layout').PlacedDiagram }>>;
  export default loaders;
}

/** For each organisation, the loader of its policy and contacts texts (`org.<id>` of the common namespace). */
declare module 'virtual:organisation-texts/*' {
  const loaders: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  export default loaders;
}

/** For each scenario, the loader of its machine as data (tooling/scenario-machine.ts): the browser needs no XState. */
declare module 'virtual:scenario-machines/*' {
  const loaders: Record<string, () => Promise<{ default: import('../engine/model').ScenarioMachine }>>;
  export default loaders;
}

/** For each scenario, the loader of its texts in one language (its i18next namespace). */
declare module 'virtual:scenario-texts/*' {
  const loaders: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  export default loaders;
}

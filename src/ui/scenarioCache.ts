import type { i18n } from 'i18next';
import type { ScenarioEntry } from '../../machines/index';
import type { ScenarioMachine } from '../../engine/model';
import { download } from './downloads';
import { requireNamespaces } from './i18nInstances';

/**
 * The scenario's machine and its texts in the page's language, downloaded together (one
 * wait, not two in a row) and once. A failed download stays failed (the page shows its
 * message) until the user asks to try again (`retryFailedDownloads`); a machine already
 * downloaded is then not downloaded again. A settled download is marked the way React's
 * `use` reads it, so a page whose scenario was downloaded in advance renders at once,
 * without a loading state.
 */
export function loadScenario(entry: ScenarioEntry, i18n: i18n): Promise<ScenarioMachine> {
  return download(`scenario:${i18n.language}:${entry.id}`, () =>
    Promise.all([download(`machine:${entry.id}`, () => loadMachineData(entry.id)), requireNamespaces(i18n, [entry.id])]).then(([machine]) => machine),
  );
}

/** The scenario's machine as data, built from its XState machine at build time: no XState in the browser. */
async function loadMachineData(id: string): Promise<ScenarioMachine> {
  const load = (await import('virtual:scenario-machines/all')).default[id];
  if (!load) throw new Error(`No machine for ${id}`);
  return (await load()).default;
}

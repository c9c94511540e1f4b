import type { i18n } from 'i18next';
import type { ScenarioEntry } from '../../machines/index';
import type { ScenarioMachine } from '../engine/model';

const loads = new WeakMap<i18n, Map<string, Promise<ScenarioMachine>>>();

/**
 * The scenario's machine and its texts in the page's language, downloaded together (one
 * wait, not two in a row) and once; a failed download is tried again on the next call.
 */
export function loadScenario(entry: ScenarioEntry, i18n: i18n): Promise<ScenarioMachine> {
  let byId = loads.get(i18n);
  if (!byId) loads.set(i18n, (byId = new Map()));
  let promise = byId.get(entry.id);
  if (!promise) {
    promise = Promise.all([entry.load(), i18n.loadNamespaces(entry.id)]).then(([module]) => module.default);
    promise.catch(() => byId.delete(entry.id));
    byId.set(entry.id, promise);
  }
  return promise;
}

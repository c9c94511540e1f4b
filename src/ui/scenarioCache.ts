import type { i18n } from 'i18next';
import type { ScenarioEntry } from '../../machines/index';
import type { ScenarioMachine } from '../engine/model';

type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };
const loads = new WeakMap<i18n, Map<string, TrackedPromise<ScenarioMachine>>>();

/**
 * The scenario's machine and its texts in the page's language, downloaded together (one
 * wait, not two in a row) and once; a failed download is tried again on the next call.
 * A settled download is marked the way React's `use` reads it, so a page whose scenario
 * was downloaded in advance renders at once, without a loading state.
 */
export function loadScenario(entry: ScenarioEntry, i18n: i18n): Promise<ScenarioMachine> {
  let byId = loads.get(i18n);
  if (!byId) loads.set(i18n, (byId = new Map()));
  let promise = byId.get(entry.id);
  if (!promise) {
    const loading: TrackedPromise<ScenarioMachine> = Promise.all([entry.load(), i18n.loadNamespaces(entry.id)]).then(([module]) => module.default);
    loading.then(
      (machine) => Object.assign(loading, { status: 'fulfilled', value: machine }),
      () => byId.delete(entry.id),
    );
    byId.set(entry.id, (promise = loading));
  }
  return promise;
}

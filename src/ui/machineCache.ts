import type { ScenarioEntry } from '../../machines/index';
import type { ScenarioMachine } from '../engine/model';

const pending = new Map<string, Promise<ScenarioMachine>>();

/** The scenario's machine, downloaded once; a failed download is retried on the next call. */
export function loadMachine(entry: ScenarioEntry): Promise<ScenarioMachine> {
  let promise = pending.get(entry.id);
  if (!promise) {
    promise = entry.load().then((module) => module.default);
    promise.catch(() => pending.delete(entry.id));
    pending.set(entry.id, promise);
  }
  return promise;
}

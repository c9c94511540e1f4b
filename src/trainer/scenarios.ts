import { findScenario } from '../../machines/index';
import type { ScenarioMachine } from '../../engine/model';
import type { Language } from '../i18n/languages';
import { download } from '../ui/downloads';
import { i18nFor } from '../ui/i18nInstances';
import { loadScenario } from '../ui/scenarioCache';

export type Machines = ReadonlyMap<string, ScenarioMachine>;

/** The machines (and texts) of several scenarios, downloaded together, once (safe for React's `use`). */
export function loadScenarios(lang: Language, ids: string[]): Promise<Machines> {
  return download(`scenarios:${lang}:${ids.join(',')}`, () =>
    Promise.all(ids.map(async (id) => [id, await loadScenario(findScenario(id)!, i18nFor(lang))] as const)).then((entries) => new Map(entries)),
  );
}

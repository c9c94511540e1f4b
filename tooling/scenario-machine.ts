// Build time: each scenario's machine as data, the part the engine reads (states, their type,
// meta and transitions), so that the browser walks scenarios without XState
// (`virtual:scenario-machine/<id>`, tooling/vite/text-modules.ts).
import { pathToFileURL } from 'node:url';
import type { AnyStateMachine } from 'xstate';
import type { ScenarioMachine } from '../engine/model.ts';
import { MACHINES_DIR } from './machine-files.ts';
import { join } from 'node:path';

/** The machine as plain data, in the shape of the engine's `ScenarioMachine`. */
export function machineData(machine: AnyStateMachine): ScenarioMachine {
  const target = (nodes: readonly { key: string }[] | undefined) => (nodes ?? []).map((n) => ({ key: n.key }));
  return {
    id: machine.id,
    config: { initial: machine.config.initial },
    root: {
      initial: { target: target(machine.root.initial?.target) },
      states: Object.fromEntries(
        Object.entries(machine.root.states).map(([name, node]) => [
          name,
          {
            type: node.type,
            meta: node.meta,
            on: Object.fromEntries(Object.entries(node.on).map(([event, definitions]) => [event, definitions.map((d) => ({ target: target(d.target) }))])),
            states: {},
          },
        ]),
      ),
    },
  };
}

/** A registered scenario's machine as data (its module is TypeScript: read with tsx). */
export async function scenarioMachineData(organisation: string, id: string, watch: (file: string) => void = () => {}): Promise<ScenarioMachine> {
  const file = join(MACHINES_DIR, organisation, `${id}.ts`);
  watch(file);
  const { tsImport } = await import('tsx/esm/api');
  const machine = ((await tsImport(pathToFileURL(file).href, import.meta.url)) as { default: AnyStateMachine }).default;
  return machineData(machine);
}

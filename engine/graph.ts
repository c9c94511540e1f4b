import type { ScenarioMachine } from './model';

/** The state a scenario starts in. */
export function initialStateOf(machine: ScenarioMachine): string | undefined {
  return machine.root.initial?.target?.[0]?.key;
}

/** The events a state's `on` handles, and the state each leads to (flat machines). */
export function transitionsOf(machine: ScenarioMachine, state: string): Map<string, string | undefined> {
  const node = machine.root.states[state];
  const result = new Map<string, string | undefined>();
  if (!node) return result;
  for (const [event, definitions] of Object.entries(node.on)) {
    result.set(event, definitions[0]?.target?.[0]?.key);
  }
  return result;
}

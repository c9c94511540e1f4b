import { useSyncExternalStore } from 'react';
import { findOrganisation } from '../../machines/index';
import { organisationMemory, organisationSnapshot, subscribeToOrganisation, type OrganisationMemory } from './rememberedOrganisation';

const known = (id: string) => findOrganisation(id) !== undefined;
const NONE: OrganisationMemory = { kind: 'none' };
let last: { snapshot: string | null; memory: OrganisationMemory } | undefined;

function current(): OrganisationMemory {
  const snapshot = organisationSnapshot();
  if (last?.snapshot !== snapshot) last = { snapshot, memory: organisationMemory(known) };
  return last.memory;
}

/**
 * The organisation kept on this device (src/ui/rememberedOrganisation.ts), once the app runs:
 * nothing in the prerendered HTML and while the app takes the page over.
 */
export function useOrganisationMemory(): OrganisationMemory {
  return useSyncExternalStore(subscribeToOrganisation, current, () => NONE);
}

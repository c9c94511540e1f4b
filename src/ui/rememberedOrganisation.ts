// The user's organisation, kept on this device (localStorage) so that the home page offers it
// first. Nothing else is kept, and nothing is sent. React-free: the home page's own script
// (src/ui/home/start.ts) reads it before the app runs.

const STORAGE_KEY = 'organisation';
/** Stored when the user asked the guide to stop keeping their organisation. */
const OFF = '-';
/** Told to this tab's readers (the storage event tells the others). */
const CHANGED = 'guide:organisation';

export type OrganisationMemory = { kind: 'none' } | { kind: 'off' } | { kind: 'kept'; id: string };

function read(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked: nothing is kept
  }
}

function write(value: string | null) {
  try {
    if (value === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Private mode or full storage: the organisation simply is not kept.
  }
  globalThis.dispatchEvent?.(new Event(CHANGED));
}

/** What is kept: any stored text that is not an organisation id of `known` counts as nothing. */
export function organisationMemory(known: (id: string) => boolean): OrganisationMemory {
  const value = read();
  if (value === OFF) return { kind: 'off' };
  return value !== null && known(value) ? { kind: 'kept', id: value } : { kind: 'none' };
}

/** The raw stored value, for change detection (useSyncExternalStore compares snapshots). */
export const organisationSnapshot = (): string | null => read();

/** Keeps `id`, unless the user asked not to keep it. `onlyIfNone`: keep it only if nothing is kept yet. */
export function rememberOrganisation(id: string, { onlyIfNone = false } = {}) {
  const value = read();
  if (value === OFF || value === id || (onlyIfNone && value !== null)) return;
  write(id);
}

/** « Ne plus garder mon organisation sur cet appareil »: forgets it, and keeps only that choice. */
export const stopKeepingOrganisation = () => write(OFF);

/** « La garder de nouveau »: keeps `id` again. */
export const keepOrganisationAgain = (id: string) => write(id);

export function subscribeToOrganisation(listener: () => void): () => void {
  globalThis.addEventListener?.(CHANGED, listener);
  globalThis.addEventListener?.('storage', listener);
  return () => {
    globalThis.removeEventListener?.(CHANGED, listener);
    globalThis.removeEventListener?.('storage', listener);
  };
}

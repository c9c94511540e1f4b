import { findScenario, scenarios } from '../../machines/index';

export type SessionMode = 'presentation' | 'quiz';

/** The scenarios chosen for a session and how to run it, as the trainer home's form sends them. */
export interface Selection {
  ids: string[];
  mode: SessionMode;
}

/**
 * Reads `?s=id1,id2&mode=quiz` (also `?s=id1&s=id2&o=<organisation>`, as a plain form submits its
 * checkboxes).
 * Unknown ids are dropped; the registry's order is kept; duplicates count once.
 */
export function selectionFromSearch(search: string): Selection {
  const params = new URLSearchParams(search);
  const asked = new Set(params.getAll('s').flatMap((v) => v.split(',')).map((v) => v.trim()));
  // `o=<organisation>`: the organisation's whole set (its « whole set » box).
  const wholeSets = new Set(params.getAll('o'));
  const ids = scenarios.filter((s) => asked.has(s.id) || wholeSets.has(s.organisation)).map((s) => s.id).filter((id) => findScenario(id));
  return { ids, mode: params.get('mode') === 'presentation' ? 'presentation' : 'quiz' };
}

export function searchOfSelection(selection: Selection): string {
  return `?s=${selection.ids.map(encodeURIComponent).join(',')}&mode=${selection.mode}`;
}

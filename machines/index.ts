import type { ScenarioMachine } from '../src/engine/model';

/**
 * The scenario registry: one line per scenario. The machine is loaded with the page that
 * shows it; its texts are the i18next namespace named after its id
 * (`machines/<id>.fr.json`, `machines/<id>.en.json`), whose `title` and `keywords`
 * the home page lists.
 */
export interface ScenarioEntry {
  id: string;
  /** Organisation id (the organisation table below); its policy is the source document. */
  organisation: string;
  /** Audience roles of that organisation the scenario is for. */
  roles: string[];
  /**
   * When the scenario's first question is the user's role (the policy treats roles
   * differently): the answer each role gives there. The home page, which already lists
   * situations by role, then links straight to the step after it, so no one is asked twice.
   */
  roleAnswers?: Record<string, string>;
  load: () => Promise<{ default: ScenarioMachine }>;
}

export const scenarios: ScenarioEntry[] = [
  { id: 'eq-relation-politique', organisation: 'eq', roles: ['ds', 'staff'], roleAnswers: { ds: 'ds', staff: 'personnel' }, load: () => import('./eq-relation-politique') },
  { id: 'eq-publication-politique', organisation: 'eq', roles: ['ds', 'staff'], roleAnswers: { ds: 'ds', staff: 'personnel' }, load: () => import('./eq-publication-politique') },
  { id: 'eq-menage-publications', organisation: 'eq', roles: ['ds', 'staff'], roleAnswers: { ds: 'ds', staff: 'personnel' }, load: () => import('./eq-menage-publications') },
  { id: 'eq-amitie-coordination', organisation: 'eq', roles: ['ds'], load: () => import('./eq-amitie-coordination') },
  { id: 'eq-suivre-partager', organisation: 'eq', roles: ['ds', 'staff'], load: () => import('./eq-suivre-partager') },
  { id: 'eq-interpellation', organisation: 'eq', roles: ['ds'], load: () => import('./eq-interpellation') },
  { id: 'eq-information-erronee', organisation: 'eq', roles: ['ds'], load: () => import('./eq-information-erronee') },
  { id: 'eq-proposer-publication', organisation: 'eq', roles: ['ds'], load: () => import('./eq-proposer-publication') },
  { id: 'eq-manquement-personnel', organisation: 'eq', roles: ['ds'], load: () => import('./eq-manquement-personnel') },
];

export function findScenario(id: string): ScenarioEntry | undefined {
  return scenarios.find((s) => s.id === id);
}

/** The answers a user of this role has already given on arriving from the home page. */
export function answersForRole(entry: ScenarioEntry, role: string): string[] {
  const answer = entry.roleAnswers?.[role];
  return answer === undefined ? [] : [answer];
}

/**
 * The organisation table: the organisations whose policies the app applies. Texts (name, policy title, date or
 * version, contacts, « not in the list » advice) live in the common namespace under
 * `org.<id>`; this table holds only what code needs.
 */
export interface Organisation {
  id: string;
  /** Roles the policy addresses, in the order the home page groups them. */
  roles: string[];
  /** The policy's own contacts, by id (`org.<id>.contacts.<contact>`). */
  contacts: string[];
  /** Whom to ask when a situation is not in the list. */
  defaultContact: string;
  /** File in `policies/` (the project's copy of the source policies) the scenarios are drawn from. */
  sourceFile: string;
}

export const organisations: Organisation[] = [
  {
    id: 'eq',
    roles: ['ds', 'staff'],
    contacts: ['coordinator', 'ds'],
    defaultContact: 'coordinator',
    sourceFile: 'elections-quebec-faq-ds.txt',
  },
];

export function findOrganisation(id: string): Organisation | undefined {
  return organisations.find((o) => o.id === id);
}

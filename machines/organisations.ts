/**
 * The organisations whose policies the app applies. Texts (name, policy title, date or
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
  /** File in shared/policies the scenarios are drawn from. */
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

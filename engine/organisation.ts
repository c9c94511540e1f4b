/**
 * An organisation whose policy the app applies. Its texts (name, policy title, date or
 * version, contacts, roles, « not in the list » advice, where to find the policy) are in
 * `machines/<id>/organisation.<lang>.json`, served in the common namespace as `org.<id>`;
 * this holds only what code needs.
 */
export interface Organisation {
  id: string;
  /** Its page's address after the language (`/fr/baie-comeau/`): readable, easy to type, the same in every language. */
  slug: string;
  /** Roles the policy addresses, in the order the home page groups them (`org.<id>.roles.<role>`). */
  roles: string[];
  /** The policy's own contacts, by id (`org.<id>.contacts.<contact>`). */
  contacts: string[];
  /** Whom to ask when a situation is not in the list. */
  defaultContact: string;
  /** File in `policies/` (the project's copy of the source policies) the scenarios are drawn from. */
  sourceFile: string;
}

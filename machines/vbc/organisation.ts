import type { Organisation } from '../../engine/organisation';

/**
 * Ville de Baie-Comeau: its social-media policy (Section 1, internal, for employees and
 * anyone who works for the City; Section 2, external, mainly for employees and « dans une
 * certaine mesure » for council members). Contacts are the ones the policy names: the
 * Division des communications or the Direction générale « le cas échéant » (3.2, 3.3), the
 * Direction générale alone where the policy names it alone (4, 6), and the social-media
 * manager (8, 10).
 */
export const vbc: Organisation = {
  id: 'vbc',
  slug: 'baie-comeau',
  roles: ['employee', 'manager', 'council'],
  contacts: ['communications', 'dg', 'manager'],
  defaultContact: 'communications',
  sourceFile: 'baie-comeau.txt',
};

import type { Organisation } from '../../engine/organisation';

/** Élections Québec: its FAQ for returning officers (DS), who also explain the rules to their electoral staff. */
export const eq: Organisation = {
  id: 'eq',
  slug: 'elections-quebec',
  roles: ['ds', 'staff'],
  contacts: ['coordinator', 'ds'],
  defaultContact: 'coordinator',
  sourceFile: 'elections-quebec-faq-ds.txt',
};

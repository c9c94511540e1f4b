import type { Organisation } from '../../engine/organisation';

/**
 * Ontario: the social-media guidelines for ministers, the staff of ministers' offices and
 * OPS ministry staff (French version). Contacts are the ones the guidelines name: the
 * communications branch « en cas de doute »; for permissions, consent and privacy, the
 * communications branch of the Premier's Office (or the FIPPA); for political activity,
 * the Office of the Integrity Commissioner or an ethics executive.
 */
export const on: Organisation = {
  id: 'on',
  slug: 'ontario',
  roles: ['minister', 'officeStaff', 'opsStaff'],
  contacts: ['communications', 'premierCommunications', 'integrity'],
  defaultContact: 'communications',
  sourceFile: 'ontario-ministres.txt',
};

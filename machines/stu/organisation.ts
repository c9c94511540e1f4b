import type { Organisation } from '../../engine/organisation';

/**
 * Municipalité de Saint-Urbain: its « Cadre d'utilisation des médias sociaux » (version of
 * 14 January 2019, resolution 2019-01-016), written for the Municipality's employees; it names
 * volunteers only in its rule on photos and videos made at the workplace. Contacts are the
 * ones the framework names: the supérieur immédiat (« en cas de questionnement »), the
 * direction générale (applies the framework; doubtful comments), the technicienne en
 * administration du SDLE (photos and videos identifying the Municipality) and the
 * administration (the Facebook page, the official accounts, communication tools).
 */
export const stu: Organisation = {
  id: 'stu',
  slug: 'saint-urbain',
  roles: ['employee', 'volunteer'],
  contacts: ['superieur', 'dg', 'sdle', 'administration'],
  defaultContact: 'superieur',
  sourceFile: 'saint-urbain.txt',
};

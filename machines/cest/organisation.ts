import type { Organisation } from '../../engine/organisation';

/**
 * Secrétariat de la Commission de l'éthique en science et en technologie (CEST): its social-media
 * policy for the Secretariat's employees (document définitif, 29 July 2014). Contacts are the two
 * the policy names: the Secrétaire générale, whose authorisation comes before any professional
 * activity on social media (art. 3, and art. 14 for passwords) and whose assent comes before a
 * reply to a negative comment (art. 4); the répondant en éthique, whom employees may consult on
 * the values and obligations tied to their presence on social media (art. 21).
 */
export const cest: Organisation = {
  id: 'cest',
  slug: 'commission-ethique',
  roles: ['employee'],
  contacts: ['sg', 'ethique'],
  defaultContact: 'ethique',
  sourceFile: 'cest-secretariat.txt',
};

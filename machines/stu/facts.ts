import { sharedFact } from '../../engine/model';
import { administrationResponsable } from './listes';

/**
 * Facts that several Saint-Urbain scenarios depend on, asked in the same words wherever they are
 * asked (`factQuestion`). Passages word for word from saint-urbain.txt.
 */

/**
 * Where the content is to be posted: on the Municipality's Facebook page or one of its official
 * accounts (the administration's responsibility), or in one's own name (where the rule on
 * recordings made at the workplace applies). Asked by stu-photo-lieu-travail and
 * stu-partager-information; the photo scenario's endings for volunteers take « en mon nom
 * personnel » as given, since the framework names volunteers only for that case.
 */
export const lieuDiffusion = sharedFact({
  id: 'stu.lieuDiffusion',
  values: ['page', 'personnel'],
  restsOn: [
    administrationResponsable.items.pageFacebook,
    "Notez que, quiconque, que ce soit un employé ou un bénévole ne peut diffuser, en son nom personnel, des photos, vidéos ou quelconques enregistrements qu'il aurait pu faire sur son lieu de travail et identifiant la Municipalité sans avoir préalablement obtenu l'autorisation de la technicienne en administration du SDLE.",
  ],
});

/**
 * Whether the SDLE's administrative technician has already authorised the posting: asked by
 * stu-photo-lieu-travail in four states (employee or volunteer, sure or not that the recording
 * identifies the Municipality), in the same words. Its « non » settles the answer where the
 * recording identifies the Municipality.
 */
export const autorisationSdle = sharedFact({
  id: 'stu.autorisationSdle',
  values: ['oui', 'non'],
  restsOn: [],
});

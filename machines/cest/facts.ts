import { sharedFact } from '../../engine/model';

/**
 * Facts that several CEST scenarios depend on, asked in the same words wherever they are asked
 * (`factQuestion`). Passages word for word from cest-secretariat.txt.
 */

/**
 * The Secrétaire générale's authorisation under article 3, for the professional activity at hand:
 * acting for the Commission (cest-activite-organisation), administering one of its accounts or
 * pages (cest-administrer-page), posting while explicitly identified as an employee, which
 * article 19 makes professional use (cest-usage-personnel). « Je ne sais pas » counts as no: the
 * authorisation comes before the activity. Not the same fact as the authorisation that article 14
 * asks for before a password is given out (cest-mot-de-passe), which is about another person.
 */
export const autorisationSG = sharedFact({
  id: 'cest.autorisationSG',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [
    "Avant de vous engager dans toute activité professionnelle liée à l'organisation sur un média social, vous devez obtenir l'autorisation de la Secrétaire générale.",
  ],
});

/**
 * Whether, in the post at hand, you explicitly identify yourself as a Commission employee
 * (article 19: deemed professional use). Asked by cest-erreur-publication and cest-usage-personnel;
 * « Je ne sais pas » covers a profile that merely names the job, which the policy does not settle.
 */
export const identificationEmploye = sharedFact({
  id: 'cest.identificationEmploye',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [
    "Si vous vous identifiez explicitement comme un employé de la Commission, que ce soit dans un courriel, dans un commentaire, ou sur une page que vous administrez, vous êtes réputé en faire une utilisation professionnelle ou organisationnelle et non personnelle, et les règles appropriées s'appliquent (voir section précédente).",
  ],
});

/**
 * Whether the post carries the « nom personnel » notice of the paragraph after article 19, which
 * the policy calls possible without saying whether it undoes the deemed professional use.
 * Asked by cest-erreur-publication and cest-usage-personnel.
 */
export const mentionNomPersonnel = sharedFact({
  id: 'cest.mentionNomPersonnel',
  values: ['oui', 'non'],
  restsOn: [
    "Il est possible d'ajouter une mention indiquant que vous vous exprimez en votre nom personnel et que les propos que vous tenez ne représentent pas la position de la Commission.",
  ],
});

/**
 * Whether your use of social media hurts the performance of your work (article 18), which the
 * policy does not define: « Je ne sais pas » is one of the values. One scenario only
 * (cest-usage-personnel) asks it, but in three places (working hours, a post, and a post whose
 * discretion is in doubt): defined here so that it is worded the same in all three and so that
 * the check on « Je ne sais pas » (engine/unknowns.ts) knows the three questions are one fact.
 */
export const nuitAuTravail = sharedFact({
  id: 'cest.nuitAuTravail',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: ["L'utilisation des médias sociaux ne doit pas nuire à la prestation de votre travail."],
});

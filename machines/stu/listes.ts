// The lists of saint-urbain.txt that endings quote (engine/quotes.ts `quoteList`): every item
// but the last ends in « ; » in the policy.
import { policyList } from '../../engine/quotes';

/** « Rôles et responsabilités »: what the administration is responsible for. */
export const administrationResponsable = policyList('roles', "L'administration de la municipalité est responsable :", {
  pageFacebook: "De l'administration de la page Facebook de la Municipalité",
  comptesOfficiels: 'De la présence de la Municipalité sur les comptes officiels créés sur les médias sociaux',
  soutenir:
    'De soutenir les différents services en lien avec l\'utilisation des médias sociaux et de fournir des conseils techniques facilitant le travail des employés et favorisant l\'utilisation optimale des multiples outils de communication.',
}, ';');

/** « Rôles et responsabilités »: what employees are responsible for. */
export const employesResponsables = policyList('roles', 'Les employés sont responsables :', {
  outils: "De s'informer auprès de l'administration des meilleurs outils et services pour répondre à leurs besoins en matière de communication",
  respecterCadre: "De s'assurer que leur utilisation des médias sociaux respecte le présent cadre",
  questionnement: "De s'informer auprès de leur supérieur immédiat en cas de questionnement.",
}, ';');

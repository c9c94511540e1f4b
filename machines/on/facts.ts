// Facts several Ontario scenarios depend on, defined once (see `sharedFact` in engine/model.ts).
// Every question that asks one offers exactly its values, in the same words in both languages;
// an ending that quotes a passage of `restsOn` must have the fact settled on its path.
import { sharedFact } from '../../engine/model';
import { policyList } from '../../engine/quotes';

// Passages of ontario-ministres.txt, word for word (test/policies/quotes.test.ts checks the quotes that use them).
/** « Contenu et éléments créatifs », first paragraph: content of an official account may be reposted at the same time or after. */
export const republieApres =
  'Le contenu publié sur les comptes de médias sociaux officiels d’un ministère, comme les vidéos, les photos et les liens de partage, peut être republié de manière organique, simultanément ou après sa publication, sur les comptes de médias sociaux des ministres.';
/** « Trousses et soutien pour les députés »: kit content only shared, or posted at the same time as is. */
export const trousseUniquement =
  'Les comptes de médias sociaux des ministres peuvent uniquement partager les publications des comptes de médias sociaux du ministère ou publier simultanément ce contenu tel quel sur leurs comptes.';
/** « Contenu et éléments créatifs », third paragraph. */
export const contenuCommeIlLEntend = 'Le contenu fourni à un ministre ou au bureau d’un ministre peut être utilisé comme le ministre l’entend.';
/** « Mise en situation 4 », its « Risques et éléments à prendre en compte ». */
export const risquesMes4 = policyList('mes4', 'Risques et éléments à prendre en compte :', {
  ensemble: 'L’ensemble du contenu sera-t-il publié sur les comptes de médias sociaux officiels du ministère?',
  modification: 'Le bureau du ministre modifiera-t-il de quelque façon que ce soit le contenu à partager?',
  retransmission:
    'Le ministre ou son personnel prévoient-ils retransmettre le contenu du compte officiel du ministère ou le publier de manière organique ou simultanément sur ses comptes?',
});

/**
 * Whether the content will be posted on an official ministry account (MES 1, 3 and 4): when it
 * will not, the ministry should not create it, send it or support it.
 */
export const compteOfficiel = sharedFact({
  id: 'on.compteOfficiel',
  values: ['oui', 'non'],
  restsOn: [
    'Si le contenu n’est pas publié sur un compte officiel du ministère',
    'Si la vidéo ou la diffusion en direct est diffusée uniquement sur les comptes personnels de médias sociaux du ministre',
    'si le contenu supplémentaire n’est pas publié sur un compte officiel du ministère, il ne devrait pas être envoyé au ministre pour qu’il le publie',
    'Le contenu créé sera-t-il publié uniquement sur le compte du ministre?',
    'L’ensemble du contenu sera-t-il publié sur les comptes de médias sociaux officiels du ministère?',
  ],
  // Only on the minister's accounts: « Non », whatever else is true (MES 1, 3, 4).
  decisive: ['non'],
});

/**
 * Whether the content is partisan (MES 1 and 2). The guidelines do not define it: « Je ne sais
 * pas » is one of the values.
 */
export const partisan = sharedFact({
  id: 'on.partisan',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: ['S’agit-il de contenu à caractère partisan?', 'son contenu pourrait être considéré comme étant à caractère partisan'],
});

/**
 * Whether the content shows the person (the minister, or a member of the minister's office) in
 * the exercise of official duties: MES 2 (« capacité ministérielle officielle »), MES 3 and
 * « Publication de photos ou de vidéos de ministres ». Defined only by examples: « Je ne sais
 * pas » is one of the values.
 */
export const fonctions = sharedFact({
  id: 'on.fonctions',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [
    'uniquement si la personne en question est présentée dans l’exercice de ses fonctions officielles',
    'uniquement lorsque la personne est présentée dans l’exercice de ses fonctions officielles',
    'Si la ministre n’agit pas dans sa capacité ministérielle officielle',
    'afin de les présenter dans l’exercice de leurs fonctions officielles',
    'l’événement a lieu dans le cadre de ses fonctions officielles',
  ],
});

/**
 * How and when the minister's accounts take up content of an official ministry account: by
 * sharing the official post, by posting it at the same time, or by posting it later.
 */
export const moment = sharedFact({
  id: 'on.moment',
  values: ['partage', 'simultane', 'plus-tard'],
  restsOn: [
    republieApres,
    'Le contenu sera-t-il publié ou retransmis simultanément sur le compte officiel du ministère?',
    'Le ministre ou son personnel prévoient-ils retransmettre le contenu du compte officiel du ministère ou le publier de manière organique ou simultanément sur ses comptes?',
  ],
  // Posting later settles the answer together with what the content is (below).
  decisive: ['plus-tard'],
  settlesWith: ['on.contenu'],
});

/**
 * What that content is: a post of the ministry not prepared for the minister, content the
 * ministry created at the minister's (or the office's) request (MES 1 and 4), or content of an
 * MPP kit (« Trousses »). The rules on timing and changes differ. « Je ne sais pas » is one of
 * the values: the user posting it may not know how the ministry came to post it.
 */
export const contenu = sharedFact({
  id: 'on.contenu',
  values: ['publication-ministere', 'cree-a-la-demande', 'trousse', 'pas-sur'],
  restsOn: [trousseUniquement, 'ne prévoit pas publier le contenu simultanément sur le compte officiel du ministère', contenuCommeIlLEntend],
});

/**
 * Whether the minister's office will change the content before posting it (MES 4, « Trousses »:
 * « tel quel »). Changing content the ministry prepared for the minister is « À vérifier »
 * everywhere (« uniquement … tel quel » against « comme le ministre l'entend »): asked only
 * where the content is, or may be, prepared for the minister.
 */
export const modification = sharedFact({
  id: 'on.modification',
  values: ['non', 'oui'],
  restsOn: [risquesMes4.items.modification],
  decisive: ['oui'],
});

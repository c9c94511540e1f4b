import { factQuestion, question, scenarioSetup } from '../../engine/model';
import { contenu, fonctions, modification, moment } from './facts';
import { finsDuPartage } from './partage-fins';

/**
 * « Partage de contenu, identification de personnes et utilisation de la mention « J'aime » »:
 * which account acts.
 * - The minister's (personal) account, on content of an official ministry account: liking,
 *   commenting, sharing → yes, whatever the content. Posting the content itself: at the same
 *   time or later, a post the ministry did not prepare for the minister → yes (« Contenu et
 *   éléments créatifs »: « simultanément ou après sa publication »); content the ministry
 *   prepared for the minister (created at the request, MES 1 and 4; an MPP kit), or not known
 *   to be → at the same time: as is, yes; changed, ask (« tel quel » against « comme le
 *   ministre l'entend », as on-mes1, on-mes4 and on-trousse-deputes); later → ask, as there
 *   (the shared facts `on.moment`, `on.contenu` and `on.modification`).
 * - The minister's account, on content published elsewhere: liking or commenting → ask (the
 *   section on « J'aime » covers only official ministry content). Sharing or posting it: what
 *   it is. An example of « Pratiques d'utilisation exemplaires » answers (stakeholders'
 *   appropriate content → yes; copyright without the source, an inappropriate photo → no),
 *   partisan content depends on who posts it (« Aperçu »: the minister → yes; office staff →
 *   if; OPS ministry staff may not run the account → no), anything else → ask. Same endings as
 *   on-publier-compte-ministre. The minister's own content is that scenario's.
 * - An official ministry account: on the minister's personal account or its content → no;
 *   partisan content → no; tagging the minister's personal account → no; a photo, video or post
 *   of the minister or of a member of the minister's office → only in official duties, untagged
 *   (« Je ne sais pas »: defined only by examples → ask).
 */
export default scenarioSetup.createMachine({
  id: 'on-partage-mention-jaime',
  initial: 'compte',
  states: {
    compte: {
      meta: question('compte', ['compte-ministre', 'compte-ministere'], { hint: true }),
      on: { 'compte-ministre': 'source', 'compte-ministere': 'geste' },
    },
    source: {
      meta: question('source', ['oui', 'non'], { hint: true }),
      on: { oui: 'gesteMinistre', non: 'gesteAutre' },
    },
    gesteMinistre: {
      meta: question('gesteMinistre', ['reagir', 'reprendre']),
      on: { reagir: 'ministreOui', reprendre: 'moment' },
    },
    moment: {
      meta: factQuestion('moment', moment, { hint: true }),
      on: { partage: 'ministreOui', simultane: 'contenuSimultane', 'plus-tard': 'contenuPlusTard' },
    },
    contenuSimultane: {
      meta: factQuestion('contenuSimultane', contenu, { hint: true }),
      on: { 'publication-ministere': 'republierOui', 'cree-a-la-demande': 'modification', trousse: 'modification', 'pas-sur': 'modification' },
    },
    contenuPlusTard: {
      meta: factQuestion('contenuPlusTard', contenu, { hint: true }),
      on: {
        'publication-ministere': 'republierOui',
        'cree-a-la-demande': 'preparePlusTardAVerifier',
        trousse: 'preparePlusTardAVerifier',
        'pas-sur': 'preparePlusTardAVerifier',
      },
    },
    modification: {
      meta: factQuestion('modification', modification, { hint: true }),
      on: { non: 'prepareSimultaneOui', oui: 'prepareModifieAVerifier' },
    },
    // Content published elsewhere: the same question as `gesteMinistre`, with its own answers.
    gesteAutre: {
      meta: question('gesteAutre', ['reagir', 'reprendre']),
      on: { reagir: 'reagirAilleursAVerifier', reprendre: 'genreAutre' },
    },
    genreAutre: {
      meta: question('genreAutre', ['tiers', 'partisan', 'droits-auteur', 'photo-inappropriee', 'autre'], { hint: true }),
      on: {
        tiers: 'tiersOui',
        partisan: 'quiPartisan',
        'droits-auteur': 'droitsAuteurNon',
        'photo-inappropriee': 'photoInapproprieeNon',
        autre: 'autreSourceAVerifier',
      },
    },
    quiPartisan: {
      meta: question('quiPartisan', ['ministre', 'personnel-bureau', 'personnel-fpo']),
      on: { ministre: 'partisanMinistreOui', 'personnel-bureau': 'partisanBureauCondition', 'personnel-fpo': 'fpoNon' },
    },
    geste: {
      meta: question('geste', ['reagir', 'partisan', 'identifier', 'photo'], { hint: true }),
      on: { reagir: 'reagirNon', partisan: 'partisanNon', identifier: 'identifierNon', photo: 'fonctions' },
    },
    fonctions: {
      meta: factQuestion('fonctions', fonctions, { hint: true }),
      on: { oui: 'photoCondition', non: 'photoNon', 'pas-sur': 'fonctionsAVerifier' },
    },
    ...finsDuPartage,
  },
});

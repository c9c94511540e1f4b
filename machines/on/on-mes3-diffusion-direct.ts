import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { compteOfficiel, fonctions } from './facts';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const soutienVideo =
  "Du soutien pour les vidéos et les diffusions en direct peut être fourni aux ministres afin de les présenter dans l'exercice de leurs fonctions officielles si le contenu est destiné à être publié sur un compte officiel d'un ministère (comme sur la chaîne YouTube du premier ministre de l'Ontario).";
const photosFonctions =
  "Des photos de ministres peuvent être publiées sur les comptes de médias sociaux officiels d'un ministère gouvernemental uniquement si la personne en question est présentée dans l'exercice de ses fonctions officielles (par exemple, lors d'un discours ou d'une annonce officielle).";
const mes3PasDeSoutien =
  'Si la vidéo ou la diffusion en direct est diffusée uniquement sur les comptes personnels de médias sociaux du ministre ou si le contenu de celle-ci est de nature politique, le ministère ne devrait pas offrir son soutien.';
const mes3Risques = 'Avant de prendre une décision, le ministère doit tenir compte des risques.';
const ressourcesFpo =
  "En outre, le personnel ministériel de la FPO et les ressources (appareils, contenu, éléments créatifs, etc.) appartenant à la FPO ne peuvent être employés uniquement pour soutenir le compte personnel d'un ministre, car cela profiterait injustement à son profil personnel.";
const comptePartisan =
  "Toutefois, un compte officiel d'un ministère ne doit pas publier ou retransmettre de contenu à caractère partisan ou de contenu provenant du compte personnel d'un ministre, ni utiliser la mention « J'aime » ou interagir avec le compte.";
const enCasDeDoute =
  'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.';

/** The seven « Risques et éléments à prendre en compte » of Mise en situation 3, on every ending. */
const checklist = ['contexte', 'public', 'organisation', 'plateformes', 'accessibilite', 'francais', 'supports'];

/**
 * Mise en situation 3: the minister's office asks the ministry to organise and stream an
 * announcement live. On an official ministry account? no (only the minister's personal
 * accounts) → no, whatever the event is: asked first. Official duties? no → no. Political
 * content? yes → « ne devrait pas » (recommended: not to support); not sure (undefined) → ask;
 * no → yes, if. Official duties are defined only by examples: « Je ne sais pas » still asks
 * about political content, since « Oui » there means the ministry should not support it
 * whatever the duties; otherwise → ask. MES 3 gives no alternative: the communications
 * branch (« en cas de doute »).
 */
export default scenarioSetup.createMachine({
  id: 'on-mes3-diffusion-direct',
  initial: 'compte',
  states: {
    compte: {
      meta: factQuestion('compte', compteOfficiel, { hint: true }),
      on: { oui: 'fonctions', non: 'comptesPersonnelsNon' },
    },
    fonctions: {
      meta: factQuestion('fonctions', fonctions, { hint: true }),
      on: { oui: 'politique', non: 'fonctionsNon', 'pas-sur': 'politiqueFonctionsIncertaines' },
    },
    politique: {
      meta: question('politique', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'politiqueDeconseille', non: 'soutienCondition', 'pas-sur': 'politiqueAVerifier' },
    },
    politiqueFonctionsIncertaines: {
      meta: question('politiqueFonctionsIncertaines', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'politiqueDeconseille', non: 'fonctionsAVerifier', 'pas-sur': 'fonctionsAVerifier' },
    },
    fonctionsNon: {
      type: 'final',
      meta: ending('fonctionsNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['photos', 'mes3', 'misesEnSituation'],
        quotes: [
          { section: 'photos', text: soutienVideo },
          { section: 'photos', text: photosFonctions },
        ],
        checklist,
      }),
    },
    comptesPersonnelsNon: {
      type: 'final',
      meta: ending('comptesPersonnelsNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['mes3', 'comptesPersonnels', 'misesEnSituation'],
        quotes: [
          { section: 'mes3', text: mes3PasDeSoutien },
          { section: 'comptesPersonnels', text: ressourcesFpo },
        ],
        checklist,
      }),
    },
    politiqueDeconseille: {
      type: 'final',
      meta: ending('politiqueDeconseille', {
        verdict: 'recommended',
        contact: 'communications',
        ...on,
        sections: ['mes3', 'partage', 'misesEnSituation'],
        quotes: [
          { section: 'mes3', text: mes3PasDeSoutien },
          { section: 'partage', text: comptePartisan },
        ],
        checklist,
      }),
    },
    politiqueAVerifier: {
      type: 'final',
      meta: ending('politiqueAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['mes3', 'misesEnSituation'],
        quotes: [
          { section: 'mes3', text: mes3PasDeSoutien },
          { section: 'misesEnSituation', text: enCasDeDoute },
        ],
        checklist,
      }),
    },
    fonctionsAVerifier: {
      type: 'final',
      meta: ending('fonctionsAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['mes3', 'photos', 'misesEnSituation'],
        quotes: [
          { section: 'photos', text: soutienVideo },
          { section: 'misesEnSituation', text: enCasDeDoute },
        ],
        checklist,
      }),
    },
    soutienCondition: {
      type: 'final',
      meta: ending('soutienCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...on,
        sections: ['mes3', 'photos', 'partage', 'misesEnSituation'],
        quotes: [
          { section: 'photos', text: soutienVideo },
          { section: 'mes3', text: mes3Risques },
        ],
        checklist,
      }),
    },
  },
});

import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { compteOfficiel, contenu, contenuCommeIlLEntend, modification, moment, republieApres, trousseUniquement } from './facts';
import { quoteList } from '../../engine/quotes';
import { approprieTravail } from './pratiques-exemplaires';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const mes4Creer =
  'Du contenu supplémentaire pourrait être créé si celui-ci est destiné à être publié sur les comptes officiels du ministère.';
const mes4PasEnvoyer =
  "Toutefois, si le contenu supplémentaire n'est pas publié sur un compte officiel du ministère, il ne devrait pas être envoyé au ministre pour qu'il le publie.";
const mes4Rechange =
  "Le ministre, en collaboration avec son personnel, devrait déterminer les éléments créatifs et les solutions de création de contenu à leur disposition (par exemple, utiliser le contenu d'un intervenant).";
const ressourcesFpo =
  "En outre, le personnel ministériel de la FPO et les ressources (appareils, contenu, éléments créatifs, etc.) appartenant à la FPO ne peuvent être employés uniquement pour soutenir le compte personnel d'un ministre, car cela profiterait injustement à son profil personnel.";

/** Every ending: the ministry creates this content at the request of the minister or the office (« demande au ministère de lui fournir d'autres publications »). */
const given: [typeof contenu, string][] = [[contenu, 'cree-a-la-demande']];

/** « Risques et éléments à prendre en compte » of Mise en situation 4, on every ending. */
const checklist = ['tousOfficiels', 'modification', 'diffusion'];

/**
 * Mise en situation 4: after the MPP kit, the minister's office asks for more posts to
 * share. All of it on official ministry accounts? no → it should not be sent to the
 * minister (and OPS content may not serve a personal account alone). How will it appear on
 * the minister's accounts? Sharing the ministry's posts → yes, if. Posting it at the same
 * time: will the office modify it? « Trousses… » allows « uniquement » sharing or posting as
 * is; « Contenu et éléments créatifs » lets the minister use it « comme le ministre l'entend »
 * → ask. Posting it later: « simultanément » (« Trousses », MES 1) against « ou après sa
 * publication » (« Contenu et éléments créatifs ») for content created at the minister's
 * request → ask, as in on-mes1 (`on.contenu` = cree-a-la-demande).
 */
export default scenarioSetup.createMachine({
  id: 'on-mes4-contenu-supplementaire',
  initial: 'comptesOfficiels',
  states: {
    comptesOfficiels: {
      meta: factQuestion('comptesOfficiels', compteOfficiel, { hint: true }),
      on: { oui: 'diffusion', non: 'pasOfficielNon' },
    },
    diffusion: {
      meta: factQuestion('diffusion', moment, { hint: true }),
      on: { partage: 'creationCondition', simultane: 'modification', 'plus-tard': 'plusTardAVerifier' },
    },
    modification: {
      meta: factQuestion('modification', modification, { hint: true }),
      on: { non: 'creationCondition', oui: 'modificationAVerifier' },
    },
    pasOfficielNon: {
      type: 'final',
      meta: ending('pasOfficielNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['mes4', 'comptesPersonnels', 'misesEnSituation'],
        quotes: [
          { section: 'mes4', text: mes4PasEnvoyer },
          { section: 'comptesPersonnels', text: ressourcesFpo },
        ],
        checklist,
        given,
      }),
    },
    creationCondition: {
      type: 'final',
      meta: ending('creationCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...on,
        sections: ['mes4', 'trousses', 'contenu', 'misesEnSituation'],
        quotes: [
          { section: 'mes4', text: mes4Creer },
          { section: 'trousses', text: trousseUniquement },
        ],
        checklist,
        given,
      }),
    },
    plusTardAVerifier: {
      type: 'final',
      meta: ending('plusTardAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'contenu', 'mes4', 'mes1', 'pratiquesTravail', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: trousseUniquement },
          { section: 'contenu', text: republieApres },
          quoteList(approprieTravail, 'retransmettre'),
        ],
        checklist,
        given,
      }),
    },
    modificationAVerifier: {
      type: 'final',
      meta: ending('modificationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'contenu', 'mes4', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: trousseUniquement },
          { section: 'contenu', text: contenuCommeIlLEntend },
          { section: 'mes4', text: mes4Rechange },
        ],
        checklist,
        given,
      }),
    },
  },
});

import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { compteOfficiel, contenu, contenuCommeIlLEntend, modification, moment, partisan, republieApres, risquesMes4, trousseUniquement } from './facts';
import { quoteList } from '../../engine/quotes';
import { approprieTravail } from './pratiques-exemplaires';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const mes1NePasCreer =
  "Si le contenu n'est pas publié sur un compte officiel du ministère ou si le ministre ou le bureau du ministre ne prévoit pas publier le contenu simultanément sur le compte officiel du ministère, le ministère ne devrait pas créer le contenu.";
const mes1Rechange =
  "Le ministère pourrait créer du contenu pertinent lié à la demande du ministre qui est susceptible d'intéresser son public et qui est en phase avec le message du gouvernement. Le ministre ou le personnel du bureau du ministre pourrait alors rediffuser le contenu sur leurs comptes de médias sociaux à partir du compte du ministère ou le publier en parallèle.";
const ressourcesFpo =
  "En outre, le personnel ministériel de la FPO et les ressources (appareils, contenu, éléments créatifs, etc.) appartenant à la FPO ne peuvent être employés uniquement pour soutenir le compte personnel d'un ministre, car cela profiterait injustement à son profil personnel.";
const comptePartisan =
  "Toutefois, un compte officiel d'un ministère ne doit pas publier ou retransmettre de contenu à caractère partisan ou de contenu provenant du compte personnel d'un ministre, ni utiliser la mention « J'aime » ou interagir avec le compte.";
const ministrePeutRetransmettre =
  "Sur ses comptes de médias sociaux, un ministre peut retransmettre du contenu publié sur un compte officiel d'un ministère, utiliser la mention « J'aime » ou interagir avec ce contenu à partir de son compte personnel.";
const enCasDeDoute =
  'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.';
/** Every ending: the ministry creates this content at the minister's request (« Il demande à la direction des communications du ministère de l'aider à créer »). */
const given: [typeof contenu, string][] = [[contenu, 'cree-a-la-demande']];

/** « Risques et éléments à prendre en compte » of Mise en situation 1, on every ending. */
const checklist = ['partisan', 'ministreSeulement', 'simultane', 'compteOfficiel'];

/**
 * Mise en situation 1: the minister asks the ministry's communications branch for sharing
 * links for his own accounts. Also on an official ministry account? (asked first: « non »
 * settles the answer whatever the content is) → partisan? (undefined in the guidelines:
 * « je ne sais pas » → ask) → how the minister will post it: resharing or posting at the same
 * time is the MES's own way; posting it himself later meets the MES's « simultanément »
 * against « Contenu et éléments créatifs » (« ou après ») → ask. That « ou après » is a yes for
 * a ministry post not prepared for the minister (on-partage-mention-jaime `republierOui`),
 * not for content created at his request: the shared fact `on.contenu` keeps the two apart.
 * Posting it at the same time but changed: « tel quel » (« Trousses ») against « comme le
 * ministre l'entend », MES 4 listing changes as a risk → ask, as in on-mes4 (`on.modification`).
 */
export default scenarioSetup.createMachine({
  id: 'on-mes1-liens-partage',
  initial: 'compteOfficiel',
  states: {
    compteOfficiel: {
      meta: factQuestion('compteOfficiel', compteOfficiel, { hint: true }),
      on: { oui: 'partisan', non: 'ministreSeulementNon' },
    },
    partisan: {
      meta: factQuestion('partisan', partisan, { hint: true }),
      on: { oui: 'partisanNon', non: 'diffusion', 'pas-sur': 'partisanAVerifier' },
    },
    diffusion: {
      meta: factQuestion('diffusion', moment, { hint: true }),
      on: { partage: 'creationCondition', simultane: 'modification', 'plus-tard': 'plusTardAVerifier' },
    },
    modification: {
      meta: factQuestion('modification', modification, { hint: true }),
      on: { non: 'creationCondition', oui: 'modificationAVerifier' },
    },
    partisanNon: {
      type: 'final',
      meta: ending('partisanNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['partage', 'comptesPersonnels', 'mes1', 'contenu', 'misesEnSituation'],
        quotes: [
          { section: 'partage', text: comptePartisan },
          { section: 'comptesPersonnels', text: ressourcesFpo },
          { section: 'mes1', text: mes1NePasCreer },
        ],
        checklist,
        given,
      }),
    },
    partisanAVerifier: {
      type: 'final',
      meta: ending('partisanAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['partage', 'mes1', 'mes2', 'misesEnSituation'],
        quotes: [
          { section: 'partage', text: comptePartisan },
          { section: 'misesEnSituation', text: enCasDeDoute },
        ],
        checklist,
        given,
      }),
    },
    ministreSeulementNon: {
      type: 'final',
      meta: ending('ministreSeulementNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['mes1', 'comptesPersonnels', 'contenu', 'misesEnSituation'],
        quotes: [
          { section: 'mes1', text: mes1NePasCreer },
          { section: 'comptesPersonnels', text: ressourcesFpo },
          { section: 'contenu', text: contenuCommeIlLEntend },
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
        sections: ['mes1', 'partage', 'photos', 'misesEnSituation'],
        quotes: [
          { section: 'mes1', text: mes1Rechange },
          { section: 'partage', text: ministrePeutRetransmettre },
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
        sections: ['mes1', 'contenu', 'trousses', 'mes4', 'pratiquesTravail', 'misesEnSituation'],
        quotes: [
          { section: 'mes1', text: mes1NePasCreer },
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
        sections: ['trousses', 'contenu', 'mes4', 'mes1', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: trousseUniquement },
          { section: 'contenu', text: contenuCommeIlLEntend },
          quoteList(risquesMes4, 'modification'),
        ],
        checklist,
        given,
      }),
    },
  },
});

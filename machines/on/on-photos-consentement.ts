import { ending, question, scenarioSetup } from '../../engine/model';
import { policyList, quoteList } from '../../engine/quotes';
import { inapproprieTravail } from './pratiques-exemplaires';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const important =
  'En ce qui concerne les activités liées au travail, il est important de ne pas recueillir, publier ou divulguer de renseignements personnels ou confidentiels au sujet d’autres personnes sans avoir d’abord obtenu leur consentement.';
/** The approvals the policy accepts for photos and videos of people. */
const formes = policyList('collecte', 'Pour les photos et les vidéos de personnes, l’approbation peut prendre l’une des formes suivantes :', {
  formulaire: 'un formulaire de consentement',
  avis: 'la publication d’un avis de collecte de renseignements dans le cadre d’un événement lié au travail',
  verbal: 'le consentement verbal dans certains cas (en sachant qu’il peut être révoqué à tout moment)',
});
const enCasDeDoute =
  'En cas de doute au sujet des autorisations requises pour la publication de contenu ou sur le caractère privé ou personnel d’un élément de contenu, veuillez communiquer avec la direction des communications du Cabinet du premier ministre ou consulter la Loi sur l’accès à l’information et la protection de la vie privée.';

const ask = (state: string, quotes: [{ section: string; text: string }, ...{ section: string; text: string }[]]) =>
  ({
    type: 'final',
    meta: ending(state, { verdict: 'ask', contact: 'premierCommunications', ...on, sections: ['collecte'], quotes }),
  }) as const;

/** « Collecte de renseignements personnels, vie privée et autorisations »: which approval the people shown gave. */
export default scenarioSetup.createMachine({
  id: 'on-photos-consentement',
  initial: 'approbation',
  states: {
    approbation: {
      meta: question('approbation', ['formulaire', 'avis', 'verbal', 'aucune', 'pas-sur'], { hint: true }),
      on: {
        formulaire: 'approbationOui',
        avis: 'approbationOui',
        verbal: 'verbalAVerifier',
        aucune: 'sansApprobationNon',
        'pas-sur': 'approbationAVerifier',
      },
    },
    approbationOui: {
      type: 'final',
      meta: ending('approbationOui', {
        verdict: 'allowed',
        contact: 'premierCommunications',
        ...on,
        sections: ['collecte'],
        quotes: [
          quoteList(formes, 'formulaire', 'avis'),
        ],
      }),
    },
    verbalAVerifier: ask('verbalAVerifier', [
      quoteList(formes, 'verbal'),
      { section: 'collecte', text: enCasDeDoute },
    ]),
    sansApprobationNon: {
      type: 'final',
      meta: ending('sansApprobationNon', {
        verdict: 'not-allowed',
        contact: 'premierCommunications',
        ...on,
        sections: ['collecte', 'pratiquesTravail'],
        quotes: [
          { section: 'collecte', text: important },
          quoteList(inapproprieTravail, 'photosFpo'),
        ],
      }),
    },
    approbationAVerifier: ask('approbationAVerifier', [
      { section: 'collecte', text: important },
      { section: 'collecte', text: enCasDeDoute },
    ]),
  },
});

import { ending, question, scenarioSetup } from '../../engine/model';
import { quoteList } from '../../engine/quotes';
import { inapproprieTravail, transmettreDemande } from './pratiques-exemplaires';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const devriez =
  'Lorsque vous traitez une demande d’information provenant du public qui serait mieux traitée par un ministère ou un organisme gouvernemental, vous devriez rediriger la personne vers le ministère ou l’organisme gouvernemental concerné pour qu’elle puisse obtenir de l’aide.';
const enCasDeDoute =
  'En cas de doute au sujet des autorisations requises pour la publication de contenu ou sur le caractère privé ou personnel d’un élément de contenu, veuillez communiquer avec la direction des communications du Cabinet du premier ministre ou consulter la Loi sur l’accès à l’information et la protection de la vie privée.';

/** « Service à la clientèle »: redirecting is what « vous devriez » do; forwarding it yourself needs consent. */
export default scenarioSetup.createMachine({
  id: 'on-demande-public',
  initial: 'demarche',
  states: {
    demarche: {
      meta: question('demarche', ['rediriger', 'transmettre'], { hint: true }),
      on: { rediriger: 'redirigerRecommande', transmettre: 'consentement' },
    },
    consentement: {
      meta: question('consentement', ['oui', 'non'], { hint: true }),
      on: { oui: 'transmettreCondition', non: 'sansConsentementNon' },
    },
    redirigerRecommande: {
      type: 'final',
      meta: ending('redirigerRecommande', {
        verdict: 'recommended',
        contact: 'communications',
        ...on,
        sections: ['serviceClientele', 'misesEnSituation'],
        quotes: [{ section: 'serviceClientele', text: devriez }],
      }),
    },
    transmettreCondition: {
      type: 'final',
      meta: ending('transmettreCondition', {
        verdict: 'allowed-if',
        // What is left is sorting the personal information: « Collecte de renseignements personnels… » names this contact.
        contact: 'premierCommunications',
        ...on,
        sections: ['serviceClientele', 'pratiquesTravail', 'collecte', 'misesEnSituation'],
        quotes: [
          quoteList(transmettreDemande, 'consentement', 'retirer'),
          { section: 'collecte', text: enCasDeDoute },
        ],
      }),
    },
    sansConsentementNon: {
      type: 'final',
      meta: ending('sansConsentementNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['serviceClientele', 'pratiquesTravail', 'collecte', 'misesEnSituation'],
        quotes: [
          quoteList(transmettreDemande, 'consentement'),
          { section: 'collecte', text: enCasDeDoute },
          quoteList(inapproprieTravail, 'acheminerSansConsentement'),
        ],
      }),
    },
  },
});

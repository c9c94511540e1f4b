import { ending, question, scenarioSetup } from '../../engine/model';
import { quoteList } from '../../engine/quotes';
import { circonstances, exampleEndings, exemples, fpoGestion, inapproprieTravail, on, partisanEndings } from './pratiques-exemplaires';

const genre = ['travail', 'lieu-travail', 'personnel', 'partisan', 'autre'];
const casSuivants = { travail: 'casTravail', 'lieu-travail': 'casLieuTravail', personnel: 'casPersonnel', autre: 'autreAVerifier' };

/**
 * The guidelines' « Pratiques d'utilisation exemplaires »: 17 examples, each its own ending,
 * and « autre » at every step (the examples are examples). The role is asked first: OPS
 * ministry staff may not run the account at all, and partisan content differs between the
 * minister (an MPP, « Aperçu ») and office staff posting for the minister (PSOA, « Participation
 * à des activités politiques »), so the kind-of-content question is asked in two states. Not
 * knowing whether the content is partisan changes the answer for office staff only: their
 * « autre » answer says so, the minister's does not (his answer does not depend on it).
 */
export default scenarioSetup.createMachine({
  id: 'on-publier-compte-ministre',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['ministre', 'personnel-bureau', 'personnel-fpo']),
      on: { ministre: 'genreMinistre', 'personnel-bureau': 'genreBureau', 'personnel-fpo': 'fpoNon' },
    },
    genreMinistre: {
      meta: question('genreMinistre', genre, { hint: true }),
      on: { ...casSuivants, partisan: 'partisanMinistreOui' },
    },
    genreBureau: {
      meta: question('genreBureau', genre, { hint: true }),
      on: { ...casSuivants, partisan: 'partisanBureauCondition' },
    },
    casTravail: {
      meta: question(
        'casTravail',
        ['promouvoir', 'retransmettre', 'tiers', 'retirer-renseignements', 'connexion-fpo', 'acheminer-sans-consentement', 'photos-fpo', 'autre'],
        { hint: true },
      ),
      on: {
        promouvoir: 'promouvoirOui',
        retransmettre: 'retransmettreOui',
        tiers: 'tiersOui',
        'retirer-renseignements': 'retirerRenseignementsOui',
        'connexion-fpo': 'connexionFpoNon',
        'acheminer-sans-consentement': 'acheminerSansConsentementNon',
        'photos-fpo': 'photosFpoNon',
        autre: 'autreAVerifier',
      },
    },
    casLieuTravail: {
      meta: question('casLieuTravail', ['evenement', 'reussite', 'electeur', 'inexact', 'autre'], { hint: true }),
      on: {
        evenement: 'evenementCondition',
        reussite: 'reussiteOui',
        electeur: 'electeurNon',
        inexact: 'inexactNon',
        autre: 'autreAVerifier',
      },
    },
    casPersonnel: {
      meta: question('casPersonnel', ['loisir', 'famille', 'echanger', 'affaires', 'photo-inappropriee', 'droits-auteur', 'autre'], { hint: true }),
      on: {
        loisir: 'loisirOui',
        famille: 'familleOui',
        echanger: 'echangerOui',
        affaires: 'affairesNon',
        'photo-inappropriee': 'photoInapproprieeNon',
        'droits-auteur': 'droitsAuteurNon',
        autre: 'autreAVerifier',
      },
    },

    fpoNon: {
      type: 'final',
      meta: ending('fpoNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['comptesMinistres', 'pratiquesTravail', 'contenuElements', 'partage', 'misesEnSituation'],
        quotes: [
          { section: 'comptesMinistres', text: fpoGestion },
          quoteList(inapproprieTravail, 'connexionFpo'),
          {
            section: 'contenuElements',
            text: 'De même, le contenu publié sur les comptes de médias sociaux officiels d’un ministère peut être partagé ou rediffusé sur les comptes de médias sociaux des ministres.',
          },
        ],
      }),
    },

    ...exampleEndings,

    // Partisan content: not one of the examples; « Aperçu » and « Participation à des activités politiques ».
    ...partisanEndings,
    autreAVerifier: {
      type: 'final',
      meta: ending('autreAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['pratiques', 'misesEnSituation', 'collecte', 'activitesPolitiques'],
        quotes: [
          { section: 'pratiques', text: circonstances },
          { section: 'pratiques', text: exemples },
          {
            section: 'misesEnSituation',
            text: 'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.',
          },
        ],
      }),
    },
  },
});

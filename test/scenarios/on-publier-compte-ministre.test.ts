import { describe } from 'vitest';
import { expectEndings, type ExpectedEnding } from './expectEndings';

const pratiques: [string, string, string, ExpectedEnding['verdict'], string][] = [
  // kind, case, ending, verdict, contact: the guidelines' 17 examples
  ['travail', 'promouvoir', 'promouvoirOui', 'allowed', 'communications'],
  ['travail', 'retransmettre', 'retransmettreOui', 'allowed', 'communications'],
  ['travail', 'tiers', 'tiersOui', 'allowed', 'communications'],
  // Doubts on what is personal: the Premier's Office communications branch (« Collecte de renseignements personnels… »).
  ['travail', 'retirer-renseignements', 'retirerRenseignementsOui', 'allowed-if', 'premierCommunications'],
  ['travail', 'connexion-fpo', 'connexionFpoNon', 'not-allowed', 'communications'],
  ['travail', 'acheminer-sans-consentement', 'acheminerSansConsentementNon', 'not-allowed', 'communications'],
  ['travail', 'photos-fpo', 'photosFpoNon', 'not-allowed', 'premierCommunications'],
  ['travail', 'autre', 'autreAVerifier', 'ask', 'communications'],
  ['lieu-travail', 'evenement', 'evenementCondition', 'allowed-if', 'premierCommunications'],
  ['lieu-travail', 'reussite', 'reussiteOui', 'allowed', 'communications'],
  ['lieu-travail', 'electeur', 'electeurNon', 'not-allowed', 'premierCommunications'],
  ['lieu-travail', 'inexact', 'inexactNon', 'not-allowed', 'communications'],
  ['lieu-travail', 'autre', 'autreAVerifier', 'ask', 'communications'],
  ['personnel', 'loisir', 'loisirOui', 'allowed', 'communications'],
  ['personnel', 'famille', 'familleOui', 'allowed', 'communications'],
  ['personnel', 'echanger', 'echangerOui', 'allowed', 'communications'],
  ['personnel', 'affaires', 'affairesNon', 'not-allowed', 'communications'],
  ['personnel', 'photo-inappropriee', 'photoInapproprieeNon', 'not-allowed', 'communications'],
  ['personnel', 'droits-auteur', 'droitsAuteurNon', 'not-allowed', 'communications'],
  ['personnel', 'autre', 'autreAVerifier', 'ask', 'communications'],
];

const rows: ExpectedEnding[] = [
  { answers: ['personnel-fpo'], state: 'fpoNon', verdict: 'not-allowed', contact: 'communications' },
  { answers: ['ministre', 'partisan'], state: 'partisanMinistreOui', verdict: 'allowed', contact: 'communications' },
  { answers: ['personnel-bureau', 'partisan'], state: 'partisanBureauCondition', verdict: 'allowed-if', contact: 'integrity' },
  { answers: ['ministre', 'autre'], state: 'autreAVerifier', verdict: 'ask', contact: 'communications' },
  // Office staff: « Autre chose, ou je ne sais pas s'il est à caractère partisan » (the minister's answer does not depend on it).
  { answers: ['personnel-bureau', 'autre'], state: 'autreAVerifier', verdict: 'ask', contact: 'communications' },
  // The examples apply to the account, whoever of the minister and office staff posts.
  ...['ministre', 'personnel-bureau'].flatMap((role) =>
    pratiques.map(([kind, example, state, verdict, contact]) => ({ answers: [role, kind, example], state, verdict, contact })),
  ),
];

describe('on-publier-compte-ministre: catalogue endings', () => {
  expectEndings('on-publier-compte-ministre', rows);
});

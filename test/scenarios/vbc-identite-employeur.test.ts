import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-identite-employeur: catalogue endings', () => {
  expectEndings('vbc-identite-employeur', [
    { answers: ['logo'], state: 'logoCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['employeur'], state: 'mentionPermise', verdict: 'allowed', contact: 'communications' },
    // Acting for the City: on its official accounts only (§8, §11), with the approval of 3.3, as in vbc-compte-officiel,
    // and from the workstation after the Direction générale's approval (§4), as vbc-acces-poste-travail.
    { answers: ['courriel-ville', 'oui', 'officiel', 'oui'], state: 'courrielVillePermis', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['courriel-ville', 'oui', 'officiel', 'non'], state: 'courrielVilleSansApprobation', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['courriel-ville', 'oui', 'officiel', 'pas-sur'], state: 'approbationAVerifier', verdict: 'ask', contact: 'communications' },
    // Another account: only the official accounts reply for the City (§11), as vbc-repondre-au-nom-ville.
    { answers: ['courriel-ville', 'oui', 'autre'], state: 'courrielVilleAutreCompteNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['courriel-ville', 'non'], state: 'courrielVilleAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['courriel-perso'], state: 'courrielPersoCondition', verdict: 'allowed-if', contact: 'communications' },
    // The City's « actifs » are not defined, nor is when they may be used.
    { answers: ['actifs'], state: 'actifsAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});

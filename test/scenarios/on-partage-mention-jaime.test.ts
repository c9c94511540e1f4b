import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

const m = 'compte-ministre';

describe('on-partage-mention-jaime: catalogue endings', () => {
  expectEndings('on-partage-mention-jaime', [
    // Content of an official ministry account: liking, commenting or sharing it.
    { answers: [m, 'oui', 'reagir'], state: 'ministreOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'partage'], state: 'ministreOui', verdict: 'allowed', contact: 'communications' },
    // Posting it itself: « simultanément ou après sa publication » for a post not prepared for the minister…
    { answers: [m, 'oui', 'reprendre', 'simultane', 'publication-ministere'], state: 'republierOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'plus-tard', 'publication-ministere'], state: 'republierOui', verdict: 'allowed', contact: 'communications' },
    // …at the same time, content prepared for the minister (MES 1, « Trousses »), or not known to be: as is → yes; changed → ask, as on-mes1, on-mes4, on-trousse-deputes…
    { answers: [m, 'oui', 'reprendre', 'simultane', 'cree-a-la-demande', 'non'], state: 'prepareSimultaneOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'simultane', 'cree-a-la-demande', 'oui'], state: 'prepareModifieAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'simultane', 'trousse', 'non'], state: 'prepareSimultaneOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'simultane', 'trousse', 'oui'], state: 'prepareModifieAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'simultane', 'pas-sur', 'non'], state: 'prepareSimultaneOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'simultane', 'pas-sur', 'oui'], state: 'prepareModifieAVerifier', verdict: 'ask', contact: 'communications' },
    // …later: « simultanément » against « ou après », as on-mes1, on-mes4 and on-trousse-deputes.
    { answers: [m, 'oui', 'reprendre', 'plus-tard', 'cree-a-la-demande'], state: 'preparePlusTardAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'plus-tard', 'trousse'], state: 'preparePlusTardAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: [m, 'oui', 'reprendre', 'plus-tard', 'pas-sur'], state: 'preparePlusTardAVerifier', verdict: 'ask', contact: 'communications' },
    // Content published elsewhere: liking or commenting it is not in « Partage… » (official ministry content only).
    { answers: [m, 'non', 'reagir'], state: 'reagirAilleursAVerifier', verdict: 'ask', contact: 'communications' },
    // Sharing or posting it: the examples of « Pratiques d'utilisation exemplaires » and « Aperçu » answer the common cases.
    { answers: [m, 'non', 'reprendre', 'tiers'], state: 'tiersOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'non', 'reprendre', 'partisan', 'ministre'], state: 'partisanMinistreOui', verdict: 'allowed', contact: 'communications' },
    { answers: [m, 'non', 'reprendre', 'partisan', 'personnel-bureau'], state: 'partisanBureauCondition', verdict: 'allowed-if', contact: 'integrity' },
    // OPS ministry staff may not run the minister's account.
    { answers: [m, 'non', 'reprendre', 'partisan', 'personnel-fpo'], state: 'fpoNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: [m, 'non', 'reprendre', 'droits-auteur'], state: 'droitsAuteurNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: [m, 'non', 'reprendre', 'photo-inappropriee'], state: 'photoInapproprieeNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: [m, 'non', 'reprendre', 'autre'], state: 'autreSourceAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['compte-ministere', 'reagir'], state: 'reagirNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['compte-ministere', 'partisan'], state: 'partisanNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['compte-ministere', 'identifier'], state: 'identifierNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['compte-ministere', 'photo', 'oui'], state: 'photoCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['compte-ministere', 'photo', 'non'], state: 'photoNon', verdict: 'not-allowed', contact: 'communications' },
    // Official duties are defined only by examples.
    { answers: ['compte-ministere', 'photo', 'pas-sur'], state: 'fonctionsAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});

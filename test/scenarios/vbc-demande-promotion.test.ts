import { describe } from 'vitest';
import { expectEndings } from './expectEndings';
import { doute, regles, reglesApprobation, row } from './vbc-posting-rows';

// The same situation as another organisation's message in vbc-publier-page-ville: the same questions, the same answers.
describe('vbc-demande-promotion: catalogue endings', () => {
  expectEndings('vbc-demande-promotion', [
    // Approval comes from the Division des communications or the Direction générale (3.3).
    row(['non'], 'sansApprobation', 'not-allowed'),
    // A partner's request, or a message the City judges of public interest (§9 r.3), then the rules every post follows.
    ...regles(['oui', 'oui'], 'publier', 'allowed-if'),
    ...regles(['oui', 'non', 'oui'], 'publier', 'allowed-if'),
    // Whether a non-partner's promotion can be « information municipale et touristique » is not said.
    ...regles(['oui', 'non', 'non', 'oui'], 'informationAVerifier', 'ask'),
    row(['oui', 'non', 'non', 'non'], 'horsChamp', 'not-allowed'),
    // The City judges public interest: « Je ne sais pas » still goes through the rules that can settle « Non ».
    ...doute(['oui', 'non', 'pas-sur']),
    // Approval unknown: what settles « Non » whatever the approval is still asked; otherwise ask DC/DG.
    ...reglesApprobation(['pas-sur', 'oui']),
    ...reglesApprobation(['pas-sur', 'non', 'oui']),
    ...reglesApprobation(['pas-sur', 'non', 'pas-sur']),
    ...reglesApprobation(['pas-sur', 'non', 'non', 'oui']),
    row(['pas-sur', 'non', 'non', 'non'], 'horsChamp', 'not-allowed'),
  ]);
});

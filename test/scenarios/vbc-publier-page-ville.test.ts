import { describe } from 'vitest';
import { expectEndings } from './expectEndings';
import { doute, regles, reglesApprobation, row } from './vbc-posting-rows';

describe('vbc-publier-page-ville: catalogue endings', () => {
  expectEndings('vbc-publier-page-ville', [
    // Approval comes from the Division des communications or the Direction générale (3.3).
    row(['non'], 'sansApprobation', 'not-allowed'),
    // Emergency (§7): one of the « situations exceptionnelles » of §9 r.1, so the daily limit does not stop it.
    // The daily count unknown: both counts end on the same answer for an emergency notice.
    row(['oui', 'urgence', 'non'], 'urgencePublier', 'allowed-if'),
    row(['oui', 'urgence', 'oui'], 'urgenceExceptionnelle', 'allowed-if'),
    row(['oui', 'urgence', 'pas-sur'], 'urgenceExceptionnelle', 'allowed-if'),
    // Municipal or tourist information, a partner's request, or a message the City judges of public interest.
    ...regles(['oui', 'ville'], 'publier', 'allowed-if'),
    ...regles(['oui', 'organisation', 'oui'], 'publier', 'allowed-if'),
    ...regles(['oui', 'organisation', 'non', 'oui'], 'publier', 'allowed-if'),
    // The City's comment on its administration: the same rules, the Direction générale notified (§6).
    ...regles(['oui', 'administration'], 'administrationCondition', 'allowed-if', 'dg'),
    // Whether a non-partner's message can be « information municipale et touristique » is not said.
    ...regles(['oui', 'organisation', 'non', 'non', 'oui'], 'informationAVerifier', 'ask'),
    row(['oui', 'organisation', 'non', 'non', 'non'], 'horsChamp', 'not-allowed'),
    // The City judges public interest: « Je ne sais pas » still goes through the rules that can settle « Non ».
    ...doute(['oui', 'organisation', 'non', 'pas-sur']),
    // Approval unknown: what settles « Non » whatever the approval is still asked; otherwise ask DC/DG.
    ...reglesApprobation(['pas-sur', 'ville']),
    row(['pas-sur', 'urgence'], 'approbationAVerifier', 'ask'),
    ...reglesApprobation(['pas-sur', 'administration']),
    ...reglesApprobation(['pas-sur', 'organisation', 'oui']),
    ...reglesApprobation(['pas-sur', 'organisation', 'non', 'oui']),
    ...reglesApprobation(['pas-sur', 'organisation', 'non', 'pas-sur']),
    ...reglesApprobation(['pas-sur', 'organisation', 'non', 'non', 'oui']),
    row(['pas-sur', 'organisation', 'non', 'non', 'non'], 'horsChamp', 'not-allowed'),
  ]);
});

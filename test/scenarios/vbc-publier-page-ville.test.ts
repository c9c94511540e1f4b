import { describe } from 'vitest';
import type { Verdict } from '../../engine/model';
import { expectEndings } from './expectEndings';

type Row = { answers: string[]; state: string; verdict: Verdict; contact: string };
const row = (answers: string[], state: string, verdict: Verdict, contact = 'communications'): Row => ({ answers, state, verdict, contact });

/** Once the content is unsure (« Je ne sais pas »), from the daily-limit question on: the limit still settles « Non ». */
const douteDepuisFrequence = (p: string[]): Row[] => [
  row([...p, 'oui', 'oui'], 'exceptionAVerifier', 'ask'),
  row([...p, 'oui', 'non'], 'limiteAtteinte', 'not-allowed'),
  row([...p, 'non'], 'jugementAVerifier', 'ask'),
];
/** Unsure, from the relevance question on: « Non » there still settles the answer. */
const douteDepuisPertinence = (p: string[]): Row[] => [
  row([...p, 'non'], 'nonPertinent', 'not-allowed'),
  ...douteDepuisFrequence([...p, 'oui']),
  ...douteDepuisFrequence([...p, 'pas-sur']),
];
/** Unsure from the start (public interest unknown): neutrality, relevance and the limit are still asked. */
const doute = (p: string[]): Row[] => [
  row([...p, 'non'], 'nonNeutre', 'not-allowed'),
  ...douteDepuisPertinence([...p, 'oui']),
  ...douteDepuisPertinence([...p, 'pas-sur']),
];
/**
 * The rules every post follows (machines/vbc/diffusion.ts): neutrality (§6), relevance (§9 r.2),
 * the daily limit (§9 r.1), then whether the situation seems exceptional; `ok` when all are met.
 */
const regles = (p: string[], ok: Row['state'], verdict: Verdict, contact = 'communications'): Row[] => [
  row([...p, 'non'], 'nonNeutre', 'not-allowed'),
  row([...p, 'oui', 'non'], 'nonPertinent', 'not-allowed'),
  row([...p, 'oui', 'oui', 'oui', 'oui'], 'exceptionAVerifier', 'ask'),
  row([...p, 'oui', 'oui', 'oui', 'non'], 'limiteAtteinte', 'not-allowed'),
  row([...p, 'oui', 'oui', 'non'], ok, verdict, contact),
  ...douteDepuisFrequence([...p, 'oui', 'pas-sur']),
  ...douteDepuisPertinence([...p, 'pas-sur']),
];

describe('vbc-publier-page-ville: catalogue endings', () => {
  expectEndings('vbc-publier-page-ville', [
    // Approval comes from the Division des communications or the Direction générale (3.3).
    row(['non'], 'sansApprobation', 'not-allowed'),
    // Emergency (§7): one of the « situations exceptionnelles » of §9 r.1, so the daily limit does not stop it.
    row(['oui', 'urgence', 'non'], 'urgencePublier', 'allowed-if'),
    row(['oui', 'urgence', 'oui'], 'urgenceExceptionnelle', 'allowed-if'),
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
  ]);
});

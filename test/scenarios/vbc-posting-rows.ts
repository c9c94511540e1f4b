// The rows both Baie-Comeau posting scenarios share (machines/vbc/diffusion.ts): the same
// rules, in the same order, end on the same endings in vbc-publier-page-ville and
// vbc-demande-promotion.
import type { Verdict } from '../../engine/model';

export type Row = { answers: string[]; state: string; verdict: Verdict; contact: string };
export const row = (answers: string[], state: string, verdict: Verdict, contact = 'communications'): Row => ({ answers, state, verdict, contact });

/**
 * From the daily-limit question on (§9 r.1): reached → « La situation vous semble-t-elle
 * exceptionnelle ? » (an emergency notice → `urgenceExceptionnelle`, another reason → ask, no →
 * « Non, pas aujourd'hui »); not reached → `ok`; « Je ne sais pas » → the exceptional question
 * again, where only an emergency notice settles the answer.
 */
export const limite = (p: string[], ok: Row['state'], verdict: Verdict, contact = 'communications'): Row[] => [
  // An emergency notice is « Oui » where every judgement is settled; where one is still open (`ok` is an ask), that ask.
  verdict === 'ask' ? row([...p, 'oui', 'urgence'], ok, verdict, contact) : row([...p, 'oui', 'urgence'], 'urgenceExceptionnelle', 'allowed-if'),
  row([...p, 'oui', 'oui'], 'exceptionAVerifier', 'ask'),
  row([...p, 'oui', 'non'], 'limiteAtteinte', 'not-allowed'),
  row([...p, 'non'], ok, verdict, contact),
  verdict === 'ask' ? row([...p, 'pas-sur', 'urgence'], ok, verdict, contact) : row([...p, 'pas-sur', 'urgence'], 'urgenceExceptionnelle', 'allowed-if'),
  row([...p, 'pas-sur', 'oui'], 'frequenceAVerifier', 'ask'),
  row([...p, 'pas-sur', 'non'], 'frequenceAVerifier', 'ask'),
];
/** Once the content is unsure (« Je ne sais pas »), from the daily-limit question on: the limit still settles « Non ». */
export const douteDepuisFrequence = (p: string[]): Row[] => limite(p, 'jugementAVerifier', 'ask');
/** Unsure, from the relevance question on: « Non » there still settles the answer. */
export const douteDepuisPertinence = (p: string[]): Row[] => [
  row([...p, 'non'], 'nonPertinent', 'not-allowed'),
  ...douteDepuisFrequence([...p, 'oui']),
  ...douteDepuisFrequence([...p, 'pas-sur']),
];
/** Unsure from the start (public interest unknown): neutrality, relevance and the limit are still asked. */
export const doute = (p: string[]): Row[] => [
  row([...p, 'non'], 'nonNeutre', 'not-allowed'),
  ...douteDepuisPertinence([...p, 'oui']),
  ...douteDepuisPertinence([...p, 'pas-sur']),
];
/**
 * The rules every post follows (machines/vbc/diffusion.ts): neutrality (§6), relevance (§9 r.2),
 * the daily limit (§9 r.1), then whether the situation is exceptional; `ok` when all are met.
 */
export const regles = (p: string[], ok: Row['state'], verdict: Verdict, contact = 'communications'): Row[] => [
  row([...p, 'non'], 'nonNeutre', 'not-allowed'),
  row([...p, 'oui', 'non'], 'nonPertinent', 'not-allowed'),
  ...limite([...p, 'oui', 'oui'], ok, verdict, contact),
  ...douteDepuisFrequence([...p, 'oui', 'pas-sur']),
  ...douteDepuisPertinence([...p, 'pas-sur']),
];
/**
 * Approval unknown (« Je ne sais pas », 3.3): the same rules, for the answers that settle « Non »
 * whatever the approval; everything else ends on `approbationAVerifier`.
 */
export const reglesApprobation = (p: string[]): Row[] =>
  ['oui', 'pas-sur'].flatMap((neutre) => [
    ...(neutre === 'oui' ? [row([...p, 'non'], 'nonNeutre', 'not-allowed')] : []),
    ...['oui', 'pas-sur'].flatMap((pertinent) => [
      ...(pertinent === 'oui' ? [row([...p, neutre, 'non'], 'nonPertinent', 'not-allowed')] : []),
      row([...p, neutre, pertinent, 'oui', 'urgence'], 'approbationAVerifier', 'ask'),
      row([...p, neutre, pertinent, 'oui', 'oui'], 'approbationAVerifier', 'ask'),
      row([...p, neutre, pertinent, 'oui', 'non'], 'limiteAtteinte', 'not-allowed'),
      row([...p, neutre, pertinent, 'non'], 'approbationAVerifier', 'ask'),
      row([...p, neutre, pertinent, 'pas-sur'], 'approbationAVerifier', 'ask'),
    ]),
  ]);

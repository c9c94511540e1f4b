import { factQuestion, question } from '../../src/engine/model';
import { neutralite, pertinenceContenu, publicationsAujourdhui } from './facts';

/**
 * The rules every post on a City account follows, shared by vbc-publier-page-ville and
 * vbc-demande-promotion so that the same situation gets the same questions and the same
 * answer: neutrality (§6), relevance (§9 rule 2), the daily limit (§9 rule 1), then, once the
 * limit is reached, whether the situation seems exceptional (the policy does not define
 * « situations exceptionnelles »). The states end with `branch`; `ok` is the ending when every
 * rule is met. « Je ne sais pas » on neutrality or relevance (the City judges both) does not
 * stop there: the `Doute` branch still asks the rules that can settle « Non », and ends on
 * `jugementAVerifier` only when none does. The question texts are shared (`neutre.*`,
 * `pertinent.*`, `frequence.*`, `exceptionnel.*`). Endings every branch reaches: `nonNeutre`,
 * `nonPertinent`, `limiteAtteinte`, `exceptionAVerifier`, and `jugementAVerifier` by `Doute`.
 */
export function reglesDeDiffusion(branch: string, ok: string) {
  return {
    [`neutre${branch}`]: {
      meta: factQuestion('neutre', neutralite, { hint: true }),
      on: { oui: `pertinent${branch}`, non: 'nonNeutre', 'pas-sur': 'pertinentDoute' },
    },
    [`pertinent${branch}`]: {
      meta: factQuestion('pertinent', pertinenceContenu, { hint: true }),
      on: { oui: `frequence${branch}`, non: 'nonPertinent', 'pas-sur': 'frequenceDoute' },
    },
    [`frequence${branch}`]: {
      meta: factQuestion('frequence', publicationsAujourdhui, { hint: true }),
      on: { oui: `exceptionnel${branch}`, non: ok },
    },
    [`exceptionnel${branch}`]: {
      meta: question('exceptionnel', ['oui', 'non'], { hint: true }),
      on: { oui: 'exceptionAVerifier', non: 'limiteAtteinte' },
    },
  };
}

import { ending, factQuestion } from '../../engine/model';
import { neutralite, pertinenceContenu, publicationsAujourdhui, situationExceptionnelle } from './facts';
import { equite, frequence, neutre, personneNePeutModifier, pertinence, regle3Titre, sitesRelevent, vbc } from './policy';

/** Where a branch of the posting rules ends when the answers do not settle « Non ». */
export interface IssuesDeDiffusion {
  /** Branch suffix that « Je ne sais pas » on neutrality or relevance leads to (default `Doute`). */
  doute?: string;
  /** Ending when the daily limit is reached and the situation seems exceptional for another reason (default `exceptionAVerifier`). */
  exception?: string;
  /** Ending for an emergency notice (default `urgenceExceptionnelle`: this guide counts it among the exceptional situations). */
  urgence?: string;
  /**
   * Where « Je ne sais pas » on the daily limit leads: by default the shared state
   * `exceptionnelInconnu`, which asks the exceptional situation again (an emergency
   * notice settles the answer whatever the count) and otherwise ends on `frequenceAVerifier`.
   */
  frequenceInconnue?: string;
}

/**
 * The rules every post on a City account follows, shared by vbc-publier-page-ville and
 * vbc-demande-promotion so that the same situation gets the same questions and the same
 * answer: neutrality (§6), relevance (§9 rule 2), the daily limit (§9 rule 1), then, once the
 * limit is reached, whether the situation is exceptional (the policy does not define
 * « situations exceptionnelles »; this guide counts an emergency notice of §7 among them, the
 * answer `urgence`, whatever branch the user filed it under). The states end with `branch`;
 * `ok` is the ending when every rule is met. « Je ne sais pas » on neutrality or relevance (the
 * City judges both) does not stop there: the `doute` branch still asks the rules that can
 * settle « Non ». « Je ne sais pas » on the daily limit still asks whether the post is an
 * emergency notice. The question texts are shared (`neutre.*`, `pertinent.*`, `frequence.*`,
 * `exceptionnel.*`). Endings the branches reach: `nonNeutre`, `nonPertinent`, `limiteAtteinte`,
 * and by default `exceptionAVerifier`, `urgenceExceptionnelle`, `frequenceAVerifier`. What
 * follows the daily limit does not depend on the branch when these defaults hold, so those
 * branches share one `exceptionnel` and one `exceptionnelInconnu` state (the same state,
 * spread again by each branch): the same questions and answers on every path as before, with
 * fewer duplicated states in the diagram.
 */
export function reglesDeDiffusion(branch: string, ok: string, issues: IssuesDeDiffusion = {}) {
  const doute = issues.doute ?? 'Doute';
  const urgence = issues.urgence ?? 'urgenceExceptionnelle';
  // The states after the daily limit are shared by every branch that ends the default way.
  const propre = issues.exception !== undefined || issues.urgence !== undefined || issues.frequenceInconnue !== undefined;
  const exceptionnel = propre ? `exceptionnel${branch}` : 'exceptionnel';
  const inconnu = propre ? `exceptionnelInconnu${branch}` : 'exceptionnelInconnu';
  return {
    [`neutre${branch}`]: {
      meta: factQuestion('neutre', neutralite, { hint: true }),
      on: { oui: `pertinent${branch}`, non: 'nonNeutre', 'pas-sur': `pertinent${doute}` },
    },
    [`pertinent${branch}`]: {
      meta: factQuestion('pertinent', pertinenceContenu, { hint: true }),
      on: { oui: `frequence${branch}`, non: 'nonPertinent', 'pas-sur': `frequence${doute}` },
    },
    [`frequence${branch}`]: {
      meta: factQuestion('frequence', publicationsAujourdhui, { hint: true }),
      on: { oui: exceptionnel, non: ok, 'pas-sur': issues.frequenceInconnue ?? inconnu },
    },
    [exceptionnel]: {
      meta: factQuestion('exceptionnel', situationExceptionnelle, { hint: true }),
      on: { urgence, oui: issues.exception ?? 'exceptionAVerifier', non: 'limiteAtteinte' },
    },
    ...(issues.frequenceInconnue
      ? {}
      : {
          [inconnu]: {
            meta: factQuestion('exceptionnel', situationExceptionnelle, { hint: true }),
            on: { urgence, oui: 'frequenceAVerifier', non: 'frequenceAVerifier' },
          },
        }),
  };
}

/**
 * The endings both posting scenarios reach in the same words (their texts are in each
 * scenario's namespace, under the same keys): no approval, outside what the City publishes,
 * not neutral, not relevant, the daily limit reached, and the two « À vérifier » of an open
 * judgement.
 */
export const finsDeDiffusion = {
  sansApprobation: {
    type: 'final' as const,
    meta: ending('sansApprobation', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...vbc,
      sections: ['sitesVille', 'plateformes'],
      quotes: [
        { section: 'sitesVille', text: personneNePeutModifier },
        { section: 'sitesVille', text: sitesRelevent },
      ],
    }),
  },
  horsChamp: {
    type: 'final' as const,
    meta: ending('horsChamp', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...vbc,
      sections: ['regle3'],
      quotes: [{ section: 'regle3', text: equite }],
    }),
  },
  informationAVerifier: {
    type: 'final' as const,
    meta: ending('informationAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...vbc,
      sections: ['regle3', 'ligneEditoriale', 'regle2', 'regle1'],
      quotes: [
        { section: 'regle3', text: regle3Titre },
        { section: 'regle3', text: equite },
      ],
    }),
  },
  jugementAVerifier: {
    type: 'final' as const,
    meta: ending('jugementAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...vbc,
      sections: ['ligneEditoriale', 'regle2', 'regle3', 'regle1', 'sitesVille'],
      quotes: [
        { section: 'ligneEditoriale', text: neutre },
        { section: 'regle2', text: pertinence },
        { section: 'sitesVille', text: sitesRelevent },
      ],
    }),
  },
  nonNeutre: {
    type: 'final' as const,
    meta: ending('nonNeutre', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...vbc,
      sections: ['ligneEditoriale'],
      quotes: [{ section: 'ligneEditoriale', text: neutre }],
    }),
  },
  nonPertinent: {
    type: 'final' as const,
    meta: ending('nonPertinent', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...vbc,
      sections: ['regle2'],
      quotes: [{ section: 'regle2', text: pertinence }],
    }),
  },
  limiteAtteinte: {
    type: 'final' as const,
    meta: ending('limiteAtteinte', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...vbc,
      sections: ['regle1'],
      quotes: [{ section: 'regle1', text: frequence }],
    }),
  },
};

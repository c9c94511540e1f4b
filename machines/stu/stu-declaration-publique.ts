import { ending, question, scenarioSetup } from '../../engine/model';
import { quoteList } from '../../engine/quotes';
import { employesResponsables } from './listes';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const nePeut =
  "En conséquence, un employé ne peut, même en dehors de ses heures de travail et avec son propre équipement informatique, prendre position ou faire des déclarations publiques en ligne lorsque celles-ci sont susceptibles d'affecter la réputation d'un citoyen, d'un collègue ou d'un élu, même si ces déclarations ne sont pas nominatives.";
const rempart = 'Les médias sociaux ne peuvent donc pas servir de rempart pour les employés afin de nuire ou de discréditer toute personne ou leur employeur.';
const interdit =
  "Par ailleurs, il est formellement interdit de faire la propagation de propos diffamatoires, d'émettre ou de propager des commentaires désobligeants ou de faire preuve de harcèlement au sujet de la Municipalité, d'un élu, d'un supérieur, d'un collègue de travail ou d'un citoyen.";
const jugement = "L'utilisateur doit faire preuve de bon sens et de jugement.";
const retirer =
  'La Municipalité pourra notamment demander au contrevenant de retirer le contenu jugé non conforme, lui demander de présenter des excuses aux personnes lésées';
const nePasFaireCroire =
  "Ne faites pas croire que vous représentez la Municipalité officiellement ou l'opinion de la majorité des employés municipaux. S'il y a lieu, expliquez que vous travaillez pour la Municipalité, mais que vos déclarations ne sont que le reflet de votre opinion personnelle.";
const siVraies = 'Si vos affirmations sont vraies, veillez à respecter les principes de loyauté, de respect et de confidentialité.';

/**
 * Could it affect the reputation of a citizen, a colleague or an elected official, even unnamed, or does it
 * serve to harm or discredit a person or the Municipality (« 1- Loyauté »)? yes → not allowed; no → allowed
 * if; not sure → ask.
 */
export default scenarioSetup.createMachine({
  id: 'stu-declaration-publique',
  initial: 'reputation',
  states: {
    reputation: {
      meta: question('reputation', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'atteinteNon', non: 'opinionCondition', 'pas-sur': 'reputationAVerifier' },
    },
    atteinteNon: {
      type: 'final',
      meta: ending('atteinteNon', {
        verdict: 'not-allowed',
        contact: 'superieur',
        ...stu,
        sections: ['loyaute', 'respect', 'consequences'],
        quotes: [
          { section: 'loyaute', text: `${nePeut} ${rempart}` },
          { section: 'respect', text: interdit },
          { section: 'consequences', text: retirer },
        ],
      }),
    },
    opinionCondition: {
      type: 'final',
      meta: ending('opinionCondition', {
        verdict: 'allowed-if',
        contact: 'superieur',
        ...stu,
        sections: ['loyaute', 'respect', 'responsabilite', 'confidentialite', 'identification'],
        quotes: [
          { section: 'loyaute', text: nePeut },
          { section: 'identification', text: nePasFaireCroire },
          { section: 'responsabilite', text: siVraies },
        ],
      }),
    },
    reputationAVerifier: {
      type: 'final',
      meta: ending('reputationAVerifier', {
        verdict: 'ask',
        contact: 'superieur',
        ...stu,
        sections: ['loyaute', 'respect', 'roles'],
        quotes: [
          { section: 'loyaute', text: nePeut },
          { section: 'respect', text: jugement },
          quoteList(employesResponsables, 'questionnement'),
        ],
      }),
    },
  },
});

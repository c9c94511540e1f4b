import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { lieuDiffusion } from './facts';
import { quoteList } from '../../engine/quotes';
import { administrationResponsable, employesResponsables } from './listes';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const confidentiels =
  'Les utilisateurs ne peuvent divulguer ou utiliser les renseignements confidentiels ou exclusifs de la Municipalité dans toute forme de média en ligne.';
const poursuite =
  'Le fait de partager ce genre de renseignements, même de façon non intentionnelle, peut entraîner une poursuite contre vous ou contre la Municipalité.';
const verifiez =
  'Ne faites aucune communication fausse ou trompeuse et vérifiez les faits avant de les publier sur un média social, car de fausses nouvelles peuvent se répandre très vite et être hors de votre contrôle.';
const siVraies = 'Si vos affirmations sont vraies, veillez à respecter les principes de loyauté, de respect et de confidentialité.';
const corrigez = 'Si vous faites une erreur, corrigez-la dès que possible.';
const nePasFaireCroire = "Ne faites pas croire que vous représentez la Municipalité officiellement ou l'opinion de la majorité des employés municipaux.";
const alimenter =
  "Cependant, afin d'alimenter cette page Facebook, la Municipalité demande l'engagement de tous les services pour permettre l'actualisation de l'information et donner des nouvelles en temps réel.";

/**
 * Confidential or exclusive information of the Municipality? yes → not allowed; not sure
 * (the framework does not define it) → ask; no → facts checked? no → required; yes → where
 * (the shared fact `stu.lieuDiffusion`): the Municipality's page or official accounts → through
 * the administration; in one's own name → allowed if.
 */
export default scenarioSetup.createMachine({
  id: 'stu-partager-information',
  initial: 'confidentiel',
  states: {
    confidentiel: {
      meta: question('confidentiel', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'confidentielNon', non: 'faits', 'pas-sur': 'confidentielAVerifier' },
    },
    faits: {
      meta: question('faits', ['oui', 'non'], { hint: true }),
      on: { oui: 'lieu', non: 'verifierFaits' },
    },
    lieu: {
      meta: factQuestion('lieu', lieuDiffusion, { hint: true }),
      on: { page: 'pageMunicipalite', personnel: 'partageCondition' },
    },
    confidentielNon: {
      type: 'final',
      meta: ending('confidentielNon', {
        verdict: 'not-allowed',
        contact: 'superieur',
        ...stu,
        sections: ['confidentialite'],
        quotes: [
          { section: 'confidentialite', text: confidentiels },
          { section: 'confidentialite', text: poursuite },
        ],
      }),
    },
    confidentielAVerifier: {
      type: 'final',
      meta: ending('confidentielAVerifier', {
        verdict: 'ask',
        contact: 'superieur',
        ...stu,
        sections: ['confidentialite', 'roles'],
        quotes: [
          { section: 'confidentialite', text: confidentiels },
          { section: 'confidentialite', text: poursuite },
          quoteList(employesResponsables, 'questionnement'),
        ],
      }),
    },
    verifierFaits: {
      type: 'final',
      meta: ending('verifierFaits', {
        verdict: 'required',
        contact: 'superieur',
        ...stu,
        sections: ['responsabilite', 'correction'],
        quotes: [
          { section: 'responsabilite', text: verifiez },
          { section: 'correction', text: corrigez },
        ],
      }),
    },
    pageMunicipalite: {
      type: 'final',
      meta: ending('pageMunicipalite', {
        verdict: 'allowed-if',
        contact: 'administration',
        ...stu,
        sections: ['presenceWeb', 'roles', 'responsabilite', 'correction'],
        quotes: [
          { section: 'presenceWeb', text: alimenter },
          quoteList(administrationResponsable, 'pageFacebook'),
          { section: 'responsabilite', text: siVraies },
        ],
      }),
    },
    partageCondition: {
      type: 'final',
      meta: ending('partageCondition', {
        verdict: 'allowed-if',
        contact: 'superieur',
        ...stu,
        sections: ['responsabilite', 'loyaute', 'respect', 'confidentialite', 'identification', 'correction', 'presenceWeb'],
        quotes: [
          { section: 'responsabilite', text: siVraies },
          { section: 'identification', text: nePasFaireCroire },
        ],
      }),
    },
  },
});

import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { autorisationSG as autorisationFait } from './facts';

const cest = { document: 'cest' };

// Quotes: cest-secretariat.txt, word for word (test/policies/quotes.test.ts); « débats » is the policy's own.
const autorisationSG =
  "Avant de vous engager dans toute activité professionnelle liée à l'organisation sur un média social, vous devez obtenir l'autorisation de la Secrétaire générale.";
const competences =
  "Lorsque vous représentez l'organisation, exprimez-vous uniquement dans les limites de vos compétences et soignez le style et la langue de ce que vous rédigez.";
const respect = "La Commission ne peut endosser un usage des médias sociaux qui ne serait empreint de respect tant envers les personnes qu'envers les institutions.";
const consentement =
  "Avant de publier quelque chose qui implique directement une personne, vous devez obtenir son consentement, à moins qu'il ne s'agisse d'information de notoriété publique.";
const assentiment = "Avant de publier une réponse à un commentaire négatif, vous devez obtenir l'assentiment de la Secrétaire générale.";
const controverse =
  "Évitez de traiter de sujets controversés qui n'ont pas déjà fait l'objet d'une prise de position par la Commission, ou assurez-vous de présenter les éléments du débats de manière impartiale et la plus complète possible.";
const conflit = "Assurez-vous que le contenu diffusé ou relayé par la Commission ne suscite pas de conflit d'intérêts ou d'apparence de conflit d'intérêts.";
const vigilance = 'Faites preuve de vigilance lorsque vous publiez ou relayez du contenu provenant de tiers.';

/** Points to weigh on every ending where you go on to publish (articles 1, 2, 6, 7, 8, 10, 15). */
const checklist = ['style', 'objectifs', 'respect', 'fonctionnalites', 'conflit', 'lois', 'erreur'];

/**
 * Acting for the Commission: the Secrétaire générale's authorisation first (art. 3), then the
 * limits of your competence (art. 7, which the policy does not define: `ask`), then what you
 * want to do, each with its own rule (art. 4, 5, 9, 10–11). Several cases at once: one walk each.
 */
export default scenarioSetup.createMachine({
  id: 'cest-activite-organisation',
  initial: 'autorisation',
  states: {
    autorisation: {
      meta: factQuestion('autorisation', autorisationFait, { hint: true }),
      on: { oui: 'competence', non: 'sansAutorisation', 'pas-sur': 'sansAutorisation' },
    },
    competence: {
      meta: question('competence', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'quoi', non: 'horsCompetence', 'pas-sur': 'competenceAVerifier' },
    },
    quoi: {
      meta: question('quoi', ['personne', 'commentaire-negatif', 'controverse', 'tiers', 'autre'], { hint: true }),
      on: { personne: 'consentement', 'commentaire-negatif': 'assentimentSG', controverse: 'position', tiers: 'conflit', autre: 'publicationPermise' },
    },
    position: {
      meta: question('position', ['oui', 'non', 'pas-sur']),
      on: { oui: 'controversePosition', non: 'controverseImpartiale', 'pas-sur': 'controverseImpartiale' },
    },
    conflit: {
      meta: question('conflit', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'conflitNon', non: 'tiersVigilance', 'pas-sur': 'conflitAVerifier' },
    },
    sansAutorisation: {
      type: 'final',
      meta: ending('sansAutorisation', {
        verdict: 'not-allowed',
        contact: 'sg',
        ...cest,
        sections: ['art3'],
        quotes: [{ section: 'art3', text: autorisationSG }],
      }),
    },
    horsCompetence: {
      type: 'final',
      meta: ending('horsCompetence', {
        verdict: 'not-allowed',
        contact: 'sg',
        ...cest,
        sections: ['art7', 'art3'],
        quotes: [{ section: 'art7', text: competences }],
      }),
    },
    competenceAVerifier: {
      type: 'final',
      meta: ending('competenceAVerifier', {
        verdict: 'ask',
        contact: 'sg',
        ...cest,
        sections: ['art7', 'art3'],
        quotes: [
          { section: 'art7', text: competences },
          { section: 'art3', text: autorisationSG },
        ],
      }),
    },
    consentement: {
      type: 'final',
      meta: ending('consentement', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art5', 'art15', 'art3'],
        quotes: [{ section: 'art5', text: consentement }],
        checklist,
      }),
    },
    assentimentSG: {
      type: 'final',
      meta: ending('assentimentSG', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art4', 'art2', 'art12'],
        quotes: [
          { section: 'art4', text: assentiment },
          { section: 'art2', text: respect },
        ],
        checklist,
      }),
    },
    controversePosition: {
      type: 'final',
      meta: ending('controversePosition', {
        verdict: 'allowed',
        contact: 'sg',
        ...cest,
        sections: ['art9', 'art3'],
        quotes: [{ section: 'art9', text: controverse }],
        checklist,
      }),
    },
    controverseImpartiale: {
      type: 'final',
      meta: ending('controverseImpartiale', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art9', 'art3'],
        quotes: [{ section: 'art9', text: controverse }],
        checklist,
      }),
    },
    conflitNon: {
      type: 'final',
      meta: ending('conflitNon', {
        verdict: 'not-allowed',
        contact: 'sg',
        ...cest,
        sections: ['art10', 'art11', 'art3'],
        quotes: [{ section: 'art10', text: conflit }],
      }),
    },
    tiersVigilance: {
      type: 'final',
      meta: ending('tiersVigilance', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art11', 'art10', 'art15', 'art3'],
        quotes: [
          { section: 'art11', text: vigilance },
          { section: 'art10', text: conflit },
        ],
        checklist,
      }),
    },
    conflitAVerifier: {
      type: 'final',
      meta: ending('conflitAVerifier', {
        verdict: 'ask',
        contact: 'sg',
        ...cest,
        sections: ['art10', 'art3'],
        quotes: [
          { section: 'art10', text: conflit },
          { section: 'art3', text: autorisationSG },
        ],
      }),
    },
    publicationPermise: {
      type: 'final',
      meta: ending('publicationPermise', {
        verdict: 'allowed',
        contact: 'sg',
        ...cest,
        sections: ['art7', 'art1', 'art2', 'art3'],
        quotes: [
          { section: 'art7', text: competences },
          { section: 'art2', text: respect },
        ],
        checklist,
      }),
    },
  },
});

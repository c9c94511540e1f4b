import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { identificationEmploye, mentionNomPersonnel } from './facts';

const cest = { document: 'cest' };

// Quotes: cest-secretariat.txt, word for word (test/policies/quotes.test.ts).
const corriger = "Si vous commettez une erreur dans une publication, assurez-vous de la corriger rapidement. N'effacez pas simplement la publication erronée.";
const identifie =
  'Si vous vous identifiez explicitement comme un employé de la Commission, que ce soit dans un courriel, dans un commentaire, ou sur une page que vous administrez, vous êtes réputé en faire une utilisation professionnelle ou organisationnelle et non personnelle, et les règles appropriées s\'appliquent (voir section précédente).';
const responsable = 'Vous êtes responsable de ce que vous publiez dans vos comptes personnels.';
const repondant = 'Vous pouvez consulter le répondant en éthique concernant les valeurs et obligations liées à votre présence sur les médias sociaux.';
const mention =
  "Il est possible d'ajouter une mention indiquant que vous vous exprimez en votre nom personnel et que les propos que vous tenez ne représentent pas la position de la Commission. Cependant, soyez conscient que cela ne vous donne pas carte blanche et que vous devez faire attention à la portée de vos propos.";

/**
 * Where first (a Commission account or page, or elsewhere), then the shared facts of article 19:
 * explicit identification as an employee, then the « nom personnel » notice (machines/cest/facts.ts).
 * Article 8 (correct quickly, don't just delete) is one of the rules for the Commission's
 * accounts; article 19 makes a post where you explicitly identify as an employee professional
 * use, so it applies there too. On a personal account the policy is silent, it does not say
 * whether a profile that names your job is enough to count as identifying yourself, nor whether
 * the « nom personnel » notice it calls possible (« Il est possible ») undoes article 19: all three `ask`.
 */
export default scenarioSetup.createMachine({
  id: 'cest-erreur-publication',
  initial: 'ou',
  states: {
    ou: {
      meta: question('ou', ['compte-commission', 'hors-commission'], { hint: true }),
      on: { 'compte-commission': 'corrigerCompteCommission', 'hors-commission': 'identification' },
    },
    identification: {
      meta: factQuestion('identification', identificationEmploye, { hint: true }),
      on: { oui: 'mention', non: 'personnelAVerifier', 'pas-sur': 'identificationAVerifier' },
    },
    mention: {
      meta: factQuestion('mention', mentionNomPersonnel, { hint: true }),
      on: { oui: 'mentionAVerifier', non: 'corrigerIdentifie' },
    },
    corrigerCompteCommission: {
      type: 'final',
      meta: ending('corrigerCompteCommission', {
        verdict: 'required',
        contact: 'sg',
        ...cest,
        sections: ['art8', 'art3'],
        quotes: [{ section: 'art8', text: corriger }],
      }),
    },
    corrigerIdentifie: {
      type: 'final',
      meta: ending('corrigerIdentifie', {
        verdict: 'required',
        contact: 'sg',
        ...cest,
        sections: ['art19', 'art8', 'art3'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'art8', text: corriger },
        ],
      }),
    },
    identificationAVerifier: {
      type: 'final',
      meta: ending('identificationAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art19', 'art8', 'art21', 'art3'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'art8', text: corriger },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    mentionAVerifier: {
      type: 'final',
      meta: ending('mentionAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art19', 'apresArt19', 'art8', 'art21', 'art3'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'apresArt19', text: mention },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art8', 'apresArt17', 'art17', 'art21'],
        quotes: [
          { section: 'art8', text: corriger },
          { section: 'apresArt17', text: responsable },
          { section: 'art21', text: repondant },
        ],
      }),
    },
  },
});

import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { autorisationSG as autorisationFait, identificationEmploye, mentionNomPersonnel, nuitAuTravail } from './facts';

const cest = { document: 'cest' };

// Quotes: cest-secretariat.txt, word for word (test/policies/quotes.test.ts).
const normes =
  "Ces normes requièrent, entre autres, que vous demeuriez loyal par rapport à l'État et à la Commission; que vous fassiez preuve de discrétion sur ce dont vous prenez connaissance dans l'exercice de vos fonctions; et que vous fassiez preuve de réserve dans la manifestation de vos opinions politiques.";
const liberte =
  "Votre liberté d'expression se doit d'être respectée, sous réserve d'autres dispositions pertinentes, tant que ce que vous écrivez n'est pas attribué à la Commission, n'est pas à propos de la Commission, ne peut pas être perçu comme étant une position endossée par la Commission.";
const responsable =
  "Vous êtes responsable de ce que vous publiez dans vos comptes personnels. Portez attention à la manière dont vous vous présentez et à ce que vous pouvez laisser entendre dans vos publications. Pensez aux conséquences de vos actes et aux répercussions qu'ils peuvent avoir sur l'organisation.";
const horsTravail =
  "Faites preuve de jugement dans l'utilisation de vos comptes personnels et soyez conscient que vous conservez certaines obligations par rapport à la Commission, même en dehors du travail.";
const nuire = "L'utilisation des médias sociaux ne doit pas nuire à la prestation de votre travail.";
const identifie =
  "Si vous vous identifiez explicitement comme un employé de la Commission, que ce soit dans un courriel, dans un commentaire, ou sur une page que vous administrez, vous êtes réputé en faire une utilisation professionnelle ou organisationnelle et non personnelle, et les règles appropriées s'appliquent (voir section précédente).";
const mention =
  "Il est possible d'ajouter une mention indiquant que vous vous exprimez en votre nom personnel et que les propos que vous tenez ne représentent pas la position de la Commission. Cependant, soyez conscient que cela ne vous donne pas carte blanche et que vous devez faire attention à la portée de vos propos.";
const viePrivee = 'Pensez à protéger votre propre vie privée et, pour ce faire, à utiliser les fonctionnalités offertes par les médias sociaux utilisés.';
const repondant = 'Vous pouvez consulter le répondant en éthique concernant les valeurs et obligations liées à votre présence sur les médias sociaux.';
const autresPolitiques =
  "La présente politique doit être comprise en complémentarité avec toute autre politique, présente ou future, concernant l'usage de l'ordinateur, des courriels et de l'internet.";
const sanctions = 'Le non-respect de la présente politique peut entraîner des mesures disciplinaires, voire votre congédiement.';
const autorisationSG =
  "Avant de vous engager dans toute activité professionnelle liée à l'organisation sur un média social, vous devez obtenir l'autorisation de la Secrétaire générale.";

/** Points to weigh before a personal post (the paragraphs after article 17, articles 16 and 20). */
const checklist = ['responsable', 'presentation', 'consequences', 'horsTravail', 'normes', 'viePrivee'];

/**
 * Personal accounts: privacy (art. 20, a suggestion), working hours (art. 18 and the other
 * policies the preamble points to: otherwise silent), or a post. For a post, the facts that give
 * « Non » whatever else holds come first: discretion (16), harm to your work (18), explicit
 * identification as an employee (19: professional use) without the Secrétaire générale's
 * authorisation (3). Whether the « nom personnel » notice undoes article 19, it does not say: `ask`.
 * Then a link to the Commission (17 lifts its protection but forbids nothing: `ask`), political
 * opinion (16: with reserve). Something learned at work that the Commission has already made
 * public: the policy does not say whether discretion covers it, so that answer goes the way of
 * « Je ne sais pas ». « Je ne sais pas » on discretion or on harm to your work is `ask`, but
 * only once the questions that could still give « Non » are asked: the `…Doute` states repeat
 * them, so the machine remembers the doubt. Harm to your work, identification, the notice and
 * the authorisation are shared facts (machines/cest/facts.ts).
 */
export default scenarioSetup.createMachine({
  id: 'cest-usage-personnel',
  initial: 'sujet',
  states: {
    sujet: {
      meta: question('sujet', ['publier', 'vie-privee', 'heures-travail']),
      on: { publier: 'discretion', 'vie-privee': 'viePrivee', 'heures-travail': 'nuireHeures' },
    },
    nuireHeures: {
      meta: factQuestion('nuireHeures', nuitAuTravail, { hint: true }),
      on: { oui: 'nuitTravail', non: 'heuresAVerifier', 'pas-sur': 'heuresAVerifier' },
    },
    discretion: {
      meta: question('discretion', ['oui', 'public', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'discretionNon', public: 'nuireDiscretionDoute', non: 'nuirePublication', 'pas-sur': 'nuireDiscretionDoute' },
    },
    nuirePublication: {
      meta: factQuestion('nuirePublication', nuitAuTravail, { hint: true }),
      on: { oui: 'nuitTravail', non: 'identification', 'pas-sur': 'identificationNuireDoute' },
    },
    identification: {
      meta: factQuestion('identification', identificationEmploye, { hint: true }),
      on: { oui: 'mention', non: 'lienCommission', 'pas-sur': 'identificationAVerifier' },
    },
    mention: {
      meta: factQuestion('mention', mentionNomPersonnel, { hint: true }),
      on: { oui: 'mentionAVerifier', non: 'autorisation' },
    },
    autorisation: {
      meta: factQuestion('autorisation', autorisationFait, { hint: true }),
      on: { oui: 'professionnel', non: 'professionnelSansAutorisation', 'pas-sur': 'professionnelSansAutorisation' },
    },
    lienCommission: {
      meta: question('lienCommission', ['oui', 'non'], { hint: true }),
      on: { oui: 'lienCommissionAVerifier', non: 'politique' },
    },
    politique: {
      meta: question('politique', ['oui', 'non']),
      on: { oui: 'opinionReserve', non: 'publierPermis' },
    },
    // Discretion unsure (or already made public): the questions that could still give « Non », then `discretionAVerifier`.
    nuireDiscretionDoute: {
      meta: factQuestion('nuireDiscretionDoute', nuitAuTravail, { hint: true }),
      on: { oui: 'nuitTravail', non: 'identificationDiscretionDoute', 'pas-sur': 'identificationDiscretionDoute' },
    },
    identificationDiscretionDoute: {
      meta: factQuestion('identificationDiscretionDoute', identificationEmploye, { hint: true }),
      on: { oui: 'mentionDiscretionDoute', non: 'discretionAVerifier', 'pas-sur': 'discretionAVerifier' },
    },
    mentionDiscretionDoute: {
      meta: factQuestion('mentionDiscretionDoute', mentionNomPersonnel, { hint: true }),
      on: { oui: 'discretionAVerifier', non: 'autorisationDiscretionDoute' },
    },
    autorisationDiscretionDoute: {
      meta: factQuestion('autorisationDiscretionDoute', autorisationFait, { hint: true }),
      on: { oui: 'discretionAVerifier', non: 'professionnelSansAutorisation', 'pas-sur': 'professionnelSansAutorisation' },
    },
    // Harm to your work unsure: the questions that could still give « Non », then `nuireAVerifier`.
    identificationNuireDoute: {
      meta: factQuestion('identificationNuireDoute', identificationEmploye, { hint: true }),
      on: { oui: 'mentionNuireDoute', non: 'nuireAVerifier', 'pas-sur': 'nuireAVerifier' },
    },
    mentionNuireDoute: {
      meta: factQuestion('mentionNuireDoute', mentionNomPersonnel, { hint: true }),
      on: { oui: 'nuireAVerifier', non: 'autorisationNuireDoute' },
    },
    autorisationNuireDoute: {
      meta: factQuestion('autorisationNuireDoute', autorisationFait, { hint: true }),
      on: { oui: 'nuireAVerifier', non: 'professionnelSansAutorisation', 'pas-sur': 'professionnelSansAutorisation' },
    },
    viePrivee: {
      type: 'final',
      meta: ending('viePrivee', {
        verdict: 'recommended',
        contact: 'ethique',
        ...cest,
        sections: ['art20', 'pourquoi', 'art21'],
        quotes: [
          { section: 'art20', text: viePrivee },
          { section: 'pourquoi', text: 'La vie privée est de moins en moins privée.' },
        ],
      }),
    },
    heuresAVerifier: {
      type: 'final',
      meta: ending('heuresAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art18', 'preambule', 'art21'],
        quotes: [
          { section: 'art18', text: nuire },
          { section: 'preambule', text: autresPolitiques },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    nuitTravail: {
      type: 'final',
      meta: ending('nuitTravail', {
        verdict: 'not-allowed',
        contact: 'ethique',
        ...cest,
        sections: ['art18', 'art22', 'art21'],
        quotes: [
          { section: 'art18', text: nuire },
          { section: 'art22', text: sanctions },
        ],
      }),
    },
    discretionNon: {
      type: 'final',
      meta: ending('discretionNon', {
        verdict: 'not-allowed',
        contact: 'ethique',
        ...cest,
        sections: ['art16', 'art21'],
        quotes: [{ section: 'art16', text: normes }],
      }),
    },
    professionnel: {
      type: 'final',
      meta: ending('professionnel', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art19', 'art3', 'art16'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'art3', text: autorisationSG },
        ],
      }),
    },
    professionnelSansAutorisation: {
      type: 'final',
      meta: ending('professionnelSansAutorisation', {
        verdict: 'not-allowed',
        contact: 'sg',
        ...cest,
        sections: ['art19', 'art3'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'art3', text: autorisationSG },
        ],
      }),
    },
    discretionAVerifier: {
      type: 'final',
      meta: ending('discretionAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art16', 'art21', 'art18', 'art19', 'art3'],
        quotes: [
          { section: 'art16', text: normes },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    nuireAVerifier: {
      type: 'final',
      meta: ending('nuireAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art18', 'art21', 'art19', 'art3'],
        quotes: [
          { section: 'art18', text: nuire },
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
        sections: ['art19', 'apresArt19', 'art3', 'art16', 'art21'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'apresArt19', text: mention },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    identificationAVerifier: {
      type: 'final',
      meta: ending('identificationAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art19', 'art21', 'art16', 'art3'],
        quotes: [
          { section: 'art19', text: identifie },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    lienCommissionAVerifier: {
      type: 'final',
      meta: ending('lienCommissionAVerifier', {
        verdict: 'ask',
        contact: 'ethique',
        ...cest,
        sections: ['art17', 'apresArt17', 'art16', 'art21'],
        quotes: [
          { section: 'art17', text: liberte },
          { section: 'apresArt17', text: horsTravail },
          { section: 'art21', text: repondant },
        ],
      }),
    },
    opinionReserve: {
      type: 'final',
      meta: ending('opinionReserve', {
        verdict: 'allowed-if',
        contact: 'ethique',
        ...cest,
        sections: ['art16', 'art17', 'art21'],
        quotes: [
          { section: 'art16', text: normes },
          { section: 'art17', text: liberte },
        ],
        checklist,
      }),
    },
    publierPermis: {
      type: 'final',
      meta: ending('publierPermis', {
        verdict: 'allowed',
        contact: 'ethique',
        ...cest,
        sections: ['art17', 'apresArt17', 'art16', 'art21'],
        quotes: [
          { section: 'art17', text: liberte },
          { section: 'apresArt17', text: responsable },
        ],
        checklist,
      }),
    },
  },
});

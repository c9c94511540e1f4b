import { ending } from '../../engine/model';
import { contenuCommeIlLEntend, republieApres, risquesMes4, trousseUniquement } from './facts';
import { quoteList } from '../../engine/quotes';
import { appropriePersonnel, approprieTravail, exempleApproprie, exempleInapproprie, inappropriePersonnel, partisanEndings } from './pratiques-exemplaires';

// The endings of on-partage-mention-jaime (its questions are in the machine file): the policy's
// words each rests on, then one state per ending, spread into the machine.

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const ministrePeut =
  "Sur ses comptes de médias sociaux, un ministre peut retransmettre du contenu publié sur un compte officiel d'un ministère, utiliser la mention « J'aime » ou interagir avec ce contenu à partir de son compte personnel.";
const compteOfficielNeDoitPas =
  "Toutefois, un compte officiel d'un ministère ne doit pas publier ou retransmettre de contenu à caractère partisan ou de contenu provenant du compte personnel d'un ministre, ni utiliser la mention « J'aime » ou interagir avec le compte.";
const distinction =
  'Cette distinction aide le public à reconnaître les communications officielles du gouvernement et veille à maintenir la confiance du public envers une fonction publique impartiale.';
const identifierPartage =
  'De même, les comptes officiels des ministères ne doivent pas identifier des personnes sur les comptes personnels des ministres.';
const identifierPhotos = 'Toutefois, les comptes officiels du ministère ne doivent pas identifier les comptes personnels des ministres.';
const photosFonctions =
  "Des photos de ministres peuvent être publiées sur les comptes de médias sociaux officiels d'un ministère gouvernemental uniquement si la personne en question est présentée dans l'exercice de ses fonctions officielles (par exemple, lors d'un discours ou d'une annonce officielle).";
const mes2Rappel =
  "À titre de rappel, les photos ou les publications de ministres ou de membres de leur bureau peuvent être publiées sur les comptes officiels de réseaux sociaux du gouvernement uniquement lorsque la personne est présentée dans l'exercice de ses fonctions officielles (par exemple, lors d'un discours ou d'une annonce officielle).";
const circonstances = "Le caractère approprié de l'utilisation des médias sociaux est déterminé selon des circonstances précises.";
const partageRediffuse =
  "De même, le contenu publié sur les comptes de médias sociaux officiels d'un ministère peut être partagé ou rediffusé sur les comptes de médias sociaux des ministres.";
const mes1Rechange =
  "Le ministère pourrait créer du contenu pertinent lié à la demande du ministre qui est susceptible d'intéresser son public et qui est en phase avec le message du gouvernement. Le ministre ou le personnel du bureau du ministre pourrait alors rediffuser le contenu sur leurs comptes de médias sociaux à partir du compte du ministère ou le publier en parallèle.";
const enCasDeDoute =
  'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.';
const risques =
  "Il y a toujours un risque (comme le risque d'atteinte à la réputation d'une personne ou d'un employeur) quand on communique, publie, interagit ou utilise la mention « J'aime » sur les médias sociaux.";
const fpoGestion = 'Toutefois, le personnel ministériel de la FPO ne peut être responsable de la création ou de la gestion de ces comptes.';
const ressourcesFpo =
  "En outre, le personnel ministériel de la FPO et les ressources (appareils, contenu, éléments créatifs, etc.) appartenant à la FPO ne peuvent être employés uniquement pour soutenir le compte personnel d'un ministre, car cela profiterait injustement à son profil personnel.";

/** The scenario's endings, by state (their texts are in the scenario's namespace). */
export const finsDuPartage = {
  ministreOui: {
    type: 'final' as const,
    meta: ending('ministreOui', {
      verdict: 'allowed',
      contact: 'communications',
      ...on,
      sections: ['partage', 'contenu', 'trousses', 'mes1'],
      quotes: [
        { section: 'partage', text: ministrePeut },
        { section: 'contenu', text: partageRediffuse },
      ],
    }),
  },
  republierOui: {
    type: 'final' as const,
    meta: ending('republierOui', {
      verdict: 'allowed',
      contact: 'communications',
      ...on,
      sections: ['contenu', 'partage', 'trousses', 'mes1', 'mes4'],
      quotes: [{ section: 'contenu', text: republieApres }],
    }),
  },
  prepareSimultaneOui: {
    type: 'final' as const,
    meta: ending('prepareSimultaneOui', {
      verdict: 'allowed',
      contact: 'communications',
      ...on,
      sections: ['trousses', 'mes1', 'contenu', 'misesEnSituation'],
      quotes: [
        { section: 'trousses', text: trousseUniquement },
        { section: 'mes1', text: mes1Rechange },
        { section: 'contenu', text: republieApres },
      ],
    }),
  },
  prepareModifieAVerifier: {
    type: 'final' as const,
    meta: ending('prepareModifieAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...on,
      sections: ['trousses', 'contenu', 'mes4', 'misesEnSituation'],
      quotes: [
        { section: 'trousses', text: trousseUniquement },
        { section: 'contenu', text: contenuCommeIlLEntend },
        quoteList(risquesMes4, 'modification'),
      ],
    }),
  },
  preparePlusTardAVerifier: {
    type: 'final' as const,
    meta: ending('preparePlusTardAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...on,
      sections: ['contenu', 'trousses', 'mes1', 'mes4', 'pratiquesTravail', 'misesEnSituation'],
      quotes: [
        { section: 'contenu', text: republieApres },
        { section: 'trousses', text: trousseUniquement },
        { section: 'mes1', text: mes1Rechange },
        quoteList(approprieTravail, 'retransmettre'),
      ],
    }),
  },
  reagirAilleursAVerifier: {
    type: 'final' as const,
    meta: ending('reagirAilleursAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...on,
      sections: ['partage', 'pratiquesTravail', 'pratiquesPersonnel', 'risques', 'apercu', 'misesEnSituation'],
      quotes: [
        { section: 'partage', text: ministrePeut },
        quoteList(appropriePersonnel, 'echanger'),
        { section: 'risques', text: risques },
      ],
    }),
  },
  tiersOui: exempleApproprie('tiersOui', approprieTravail, 'tiers'),
  ...partisanEndings,
  fpoNon: {
    type: 'final' as const,
    meta: ending('fpoNon', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...on,
      sections: ['comptesMinistres', 'pratiquesTravail', 'partage', 'apercu', 'activitesPolitiques', 'misesEnSituation'],
      quotes: [
        { section: 'comptesMinistres', text: fpoGestion },
        { section: 'comptesMinistres', text: ressourcesFpo },
        { section: 'partage', text: compteOfficielNeDoitPas },
      ],
    }),
  },
  droitsAuteurNon: exempleInapproprie('droitsAuteurNon', inappropriePersonnel, 'droitsAuteur'),
  photoInapproprieeNon: exempleInapproprie('photoInapproprieeNon', inappropriePersonnel, 'photoInappropriee'),
  autreSourceAVerifier: {
    type: 'final' as const,
    meta: ending('autreSourceAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...on,
      sections: ['partage', 'pratiques', 'apercu', 'misesEnSituation'],
      quotes: [
        { section: 'pratiques', text: circonstances },
        { section: 'misesEnSituation', text: enCasDeDoute },
      ],
    }),
  },
  reagirNon: {
    type: 'final' as const,
    meta: ending('reagirNon', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...on,
      sections: ['partage'],
      quotes: [
        { section: 'partage', text: compteOfficielNeDoitPas },
        { section: 'partage', text: distinction },
      ],
    }),
  },
  partisanNon: {
    type: 'final' as const,
    meta: ending('partisanNon', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...on,
      sections: ['partage'],
      quotes: [
        { section: 'partage', text: compteOfficielNeDoitPas },
        { section: 'partage', text: distinction },
      ],
    }),
  },
  identifierNon: {
    type: 'final' as const,
    meta: ending('identifierNon', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...on,
      sections: ['partage', 'photos'],
      quotes: [
        { section: 'photos', text: identifierPhotos },
        { section: 'partage', text: identifierPartage },
      ],
    }),
  },
  photoCondition: {
    type: 'final' as const,
    meta: ending('photoCondition', {
      verdict: 'allowed-if',
      contact: 'communications',
      ...on,
      sections: ['photos', 'partage', 'mes2'],
      quotes: [
        { section: 'photos', text: photosFonctions },
        { section: 'mes2', text: mes2Rappel },
        { section: 'photos', text: identifierPhotos },
      ],
    }),
  },
  photoNon: {
    type: 'final' as const,
    meta: ending('photoNon', {
      verdict: 'not-allowed',
      contact: 'communications',
      ...on,
      sections: ['photos', 'mes2'],
      quotes: [
        { section: 'photos', text: photosFonctions },
        { section: 'mes2', text: mes2Rappel },
      ],
    }),
  },
  fonctionsAVerifier: {
    type: 'final' as const,
    meta: ending('fonctionsAVerifier', {
      verdict: 'ask',
      contact: 'communications',
      ...on,
      sections: ['photos', 'mes2', 'misesEnSituation'],
      quotes: [
        { section: 'mes2', text: mes2Rappel },
        { section: 'misesEnSituation', text: enCasDeDoute },
      ],
    }),
  },
};

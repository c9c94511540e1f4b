import { ending, question, scenarioSetup } from '../../src/engine/model';

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
const enCasDeDoute =
  'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.';

/**
 * « Partage de contenu, identification de personnes et utilisation de la mention « J'aime » »:
 * which account acts. The minister's (personal) account on an official ministry account's
 * content → yes; on other content → ask (outside this section; « Pratiques » are examples).
 * An official ministry account: on the minister's personal account or its content → no;
 * partisan content → no; tagging the minister's personal account → no; a photo or video of
 * the minister → only in official duties, untagged.
 */
export default scenarioSetup.createMachine({
  id: 'on-partage-mention-jaime',
  initial: 'compte',
  states: {
    compte: {
      meta: question('compte', ['compte-ministre', 'compte-ministere'], { hint: true }),
      on: { 'compte-ministre': 'source', 'compte-ministere': 'geste' },
    },
    source: {
      meta: question('source', ['oui', 'non']),
      on: { oui: 'ministreOui', non: 'autreSourceAVerifier' },
    },
    geste: {
      meta: question('geste', ['reagir', 'partisan', 'identifier', 'photo'], { hint: true }),
      on: { reagir: 'reagirNon', partisan: 'partisanNon', identifier: 'identifierNon', photo: 'fonctions' },
    },
    fonctions: {
      meta: question('fonctions', ['oui', 'non'], { hint: true }),
      on: { oui: 'photoCondition', non: 'photoNon' },
    },
    ministreOui: {
      type: 'final',
      meta: ending('ministreOui', {
        verdict: 'allowed',
        contact: 'communications',
        ...on,
        sections: ['partage', 'contenu'],
        quotes: [{ section: 'partage', text: ministrePeut }],
      }),
    },
    autreSourceAVerifier: {
      type: 'final',
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
      type: 'final',
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
      type: 'final',
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
      type: 'final',
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
      type: 'final',
      meta: ending('photoCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...on,
        sections: ['photos', 'partage', 'mes2'],
        quotes: [
          { section: 'photos', text: photosFonctions },
          { section: 'photos', text: identifierPhotos },
        ],
      }),
    },
    photoNon: {
      type: 'final',
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
  },
});

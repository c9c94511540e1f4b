import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { publierSoiMeme } from './facts';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
const sansTarder =
  'Communiquez sans tarder avec votre coordonnatrice ou coordonnateur, qui pourra répondre à vos interrogations et transférer l\'information à la DCOMAP.';
const ciblees = 'Élections Québec peut effectuer des publications ciblées en fonction du lieu où les utilisatrices et les utilisateurs des médias sociaux se trouvent.';
const urgent =
  "Si vous devez transmettre un message urgent à vos électrices et électeurs concernant un événement en cours (par exemple, s'il y a d'un dégât d'eau ou une panne d'électricité) ou si vous constatez qu'une information erronée est devenue virale, les médias sociaux peuvent être un bon moyen de faire circuler rapidement l'information.";

export default scenarioSetup.createMachine({
  id: 'eq-proposer-publication',
  initial: 'objet',
  states: {
    objet: {
      meta: question('objet', ['urgence', 'information-erronee', 'idee']),
      on: { urgence: 'publierSoiMeme', 'information-erronee': 'correctionSoiMeme', idee: 'ideeProposer' },
    },
    publierSoiMeme: {
      meta: factQuestion('publierSoiMeme', publierSoiMeme, { hint: true }),
      on: { oui: 'urgencePublierAVerifier', non: 'urgenceSignaler' },
    },
    // The same fact, for a correction: the FAQ's paragraph on urgent messages covers viral false information too.
    correctionSoiMeme: {
      meta: factQuestion('correctionSoiMeme', publierSoiMeme, { hint: true }),
      on: { oui: 'correctionPublierAVerifier', non: 'informationErronee' },
    },
    ideeProposer: {
      type: 'final',
      meta: ending('ideeProposer', {
        verdict: 'allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['diffuser', 'suggestions'],
        quotes: [
          {
            section: 'diffuser',
            text: "Puisque vous connaissez bien votre circonscription, c'est possible que vous ayez des idées concernant une publication utile ou appropriée pour vos électrices et vos électeurs. N'hésitez pas à nous en faire part.",
          },
          {
            section: 'suggestions',
            text: 'Écrivez un courriel à votre coordonnatrice ou coordonnateur en fournissant les détails de votre idée. Votre proposition sera prise en considération.',
          },
        ],
      }),
    },
    informationErronee: {
      type: 'final',
      meta: ending('informationErronee', {
        verdict: 'escalate',
        contact: 'coordinator',
        ...eq,
        sections: ['diffuser', 'informationsErronees'],
        quotes: [
          { section: 'diffuser', text: urgent },
          { section: 'diffuser', text: sansTarder },
          { section: 'informationsErronees', text: 'Élections Québec préfère recevoir deux fois la même publication que de ne pas la recevoir du tout!' },
        ],
      }),
    },
    urgenceSignaler: {
      type: 'final',
      meta: ending('urgenceSignaler', {
        verdict: 'escalate',
        contact: 'coordinator',
        ...eq,
        sections: ['diffuser'],
        quotes: [
          { section: 'diffuser', text: urgent },
          { section: 'diffuser', text: sansTarder },
        ],
      }),
    },
    correctionPublierAVerifier: {
      type: 'final',
      meta: ending('correctionPublierAVerifier', {
        verdict: 'ask',
        contact: 'coordinator',
        ...eq,
        sections: ['diffuser', 'informationsErronees', 'partagerContenu'],
        quotes: [
          { section: 'diffuser', text: urgent },
          { section: 'diffuser', text: sansTarder },
          {
            section: 'informationsErronees',
            text: "La DCOMAP effectue une veille des médias sociaux. Elle est à l'affût des informations diffusées et corrige, si nécessaire, les erreurs partagées dans les médias sociaux.",
          },
        ],
      }),
    },
    urgencePublierAVerifier: {
      type: 'final',
      meta: ending('urgencePublierAVerifier', {
        verdict: 'ask',
        contact: 'coordinator',
        ...eq,
        sections: ['diffuser'],
        quotes: [
          { section: 'diffuser', text: sansTarder },
          { section: 'diffuser', text: ciblees },
        ],
      }),
    },
  },
});

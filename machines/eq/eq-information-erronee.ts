import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { publierSoiMeme } from './facts';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
const sansTarder =
  "si vous constatez qu'une information erronée est devenue virale, les médias sociaux peuvent être un bon moyen de faire circuler rapidement l'information. Communiquez sans tarder avec votre coordonnatrice ou coordonnateur, qui pourra répondre à vos interrogations et transférer l'information à la DCOMAP.";

export default scenarioSetup.createMachine({
  id: 'eq-information-erronee',
  initial: 'corriger',
  states: {
    corriger: {
      meta: factQuestion('corriger', publierSoiMeme, { hint: true }),
      on: { oui: 'corrigerAVerifier', non: 'signaler' },
    },
    signaler: {
      type: 'final',
      meta: ending('signaler', {
        verdict: 'escalate',
        contact: 'coordinator',
        ...eq,
        sections: ['informationsErronees', 'diffuser'],
        quotes: [
          {
            section: 'informationsErronees',
            text: "N'hésitez pas à communiquer avec votre coordonnatrice ou votre coordonnateur afin qu'Élections Québec puisse corriger la situation le plus tôt possible.",
          },
          { section: 'informationsErronees', text: 'Élections Québec préfère recevoir deux fois la même publication que de ne pas la recevoir du tout!' },
          { section: 'diffuser', text: sansTarder },
        ],
      }),
    },
    corrigerAVerifier: {
      type: 'final',
      meta: ending('corrigerAVerifier', {
        verdict: 'ask',
        contact: 'coordinator',
        ...eq,
        sections: ['informationsErronees', 'diffuser', 'partagerContenu'],
        quotes: [
          {
            section: 'informationsErronees',
            text: "La DCOMAP effectue une veille des médias sociaux. Elle est à l'affût des informations diffusées et corrige, si nécessaire, les erreurs partagées dans les médias sociaux.",
          },
          {
            section: 'informationsErronees',
            text: "Si vous rapportez ces informations à votre coordonnatrice ou coordonnateur, la DCOMAP pourra répondre directement avec le compte vérifié d'Élections Québec (le crochet bleu), ce qui donne de la crédibilité et une plus grande visibilité au message.",
          },
          { section: 'diffuser', text: sansTarder },
        ],
      }),
    },
  },
});

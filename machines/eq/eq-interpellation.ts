import { ending, question, scenarioSetup } from '../../engine/model';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
export default scenarioSetup.createMachine({
  id: 'eq-interpellation',
  initial: 'sujet',
  states: {
    sujet: {
      meta: question('sujet', ['question', 'question-ailleurs', 'rumeur'], { hint: true }),
      on: { question: 'comptesOfficiels', 'question-ailleurs': 'ailleursAVerifier', rumeur: 'rumeurSignaler' },
    },
    comptesOfficiels: {
      type: 'final',
      meta: ending('comptesOfficiels', {
        verdict: 'required',
        contact: 'coordinator',
        ...eq,
        sections: ['interpellation', 'quiSocupe'],
        quotes: [
          {
            section: 'interpellation',
            text: "Si l'on vous interpelle à ce sujet sur vos comptes personnels, vous devez, à titre de DS, recommander au citoyen d'utiliser les comptes officiels de l'institution.",
          },
          {
            section: 'interpellation',
            text: 'Au besoin, vous pouvez aussi communiquer avec votre coordonnatrice ou votre coordonnateur, qui avisera rapidement la DCOMAP de toute information nécessitant son intervention.',
          },
        ],
      }),
    },
    // The FAQ states the DS's duty for « vos comptes personnels » only; elsewhere it is silent.
    ailleursAVerifier: {
      type: 'final',
      meta: ending('ailleursAVerifier', {
        verdict: 'ask',
        contact: 'coordinator',
        ...eq,
        sections: ['interpellation', 'quiSocupe'],
        quotes: [
          {
            section: 'interpellation',
            text: "Si l'on vous interpelle à ce sujet sur vos comptes personnels, vous devez, à titre de DS, recommander au citoyen d'utiliser les comptes officiels de l'institution.",
          },
          {
            section: 'interpellation',
            text: 'Au besoin, vous pouvez aussi communiquer avec votre coordonnatrice ou votre coordonnateur, qui avisera rapidement la DCOMAP de toute information nécessitant son intervention.',
          },
          {
            section: 'quiSocupe',
            text: "Les communications d'Élections Québec sur les médias sociaux sont réalisées par l'équipe de la Direction des communications et des affaires publiques.",
          },
        ],
      }),
    },
    rumeurSignaler: {
      type: 'final',
      meta: ending('rumeurSignaler', {
        verdict: 'escalate',
        contact: 'coordinator',
        ...eq,
        sections: ['interpellation', 'informationsErronees'],
        quotes: [
          {
            section: 'interpellation',
            text: "Si vous entendez parler d'une rumeur répandue sur les médias sociaux qui pourrait nuire au bon déroulement du scrutin ou à la réputation de l'institution, ou encore qui a trait à tout autre sujet directement lié au directeur général des élections, avisez votre coordonnatrice ou votre coordonnateur le plus rapidement possible.",
          },
          { section: 'informationsErronees', text: 'Élections Québec préfère recevoir deux fois la même publication que de ne pas la recevoir du tout!' },
        ],
      }),
    },
  },
});

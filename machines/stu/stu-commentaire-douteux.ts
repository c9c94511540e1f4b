import { ending, scenarioSetup } from '../../engine/model';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const temoin =
  "Si vous êtes témoin d'un commentaire sur les réseaux sociaux qui peut être douteux pour la Municipalité ou une personne y travaillant, il est important de porter ce fait à la direction générale (faire une capture d'écran) et surtout de ne pas commenter ou répondre.";
const reponse = 'Dans tous les cas, la direction générale rédigera la réponse à émettre en privé et donnera les directives à qui de droit.';

/** No question: the framework gives one course for every such comment (« Rôles et responsabilités »). */
export default scenarioSetup.createMachine({
  id: 'stu-commentaire-douteux',
  initial: 'signaler',
  states: {
    signaler: {
      type: 'final',
      meta: ending('signaler', {
        verdict: 'escalate',
        contact: 'dg',
        ...stu,
        sections: ['roles'],
        quotes: [
          { section: 'roles', text: temoin },
          { section: 'roles', text: reponse },
        ],
      }),
    },
  },
});

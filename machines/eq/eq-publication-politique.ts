import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { role } from './facts';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
export default scenarioSetup.createMachine({
  id: 'eq-publication-politique',
  initial: 'role',
  states: {
    role: {
      meta: factQuestion('role', role),
      on: { ds: 'publicationNon', personnel: 'personnelAVerifier' },
    },
    publicationNon: {
      type: 'final',
      meta: ending('publicationNon', {
        verdict: 'not-allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['contenuPolitique', 'amisSeulement', 'amiElu', 'menage', 'suivre', 'partagerContenu'],
        quotes: [
          {
            section: 'contenuPolitique',
            text: "Non. Des publications sur l'immigration au Canada, sur les élections en France ou sur des manifestations aux États-Unis permettent de faire des associations entre votre position sur ces thèmes et vos opinions politiques au sens large.",
          },
          {
            section: 'amisSeulement',
            text: "La jurisprudence démontre qu'on ne peut pas considérer que des publications sur les médias sociaux relèvent de la vie privée, même si des paramètres de sécurité sont mis en place",
          },
          {
            section: 'menage',
            text: 'Nous vous suggérons fortement de faire le ménage de vos publications sur les médias sociaux dès que vous devenez DS.',
          },
        ],
      }),
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', {
        verdict: 'ask',
        contact: 'ds',
        ...eq,
        sections: ['memesRegles'],
        quotes: [
          {
            section: 'memesRegles',
            text: "En général, le personnel électoral doit respecter les mêmes consignes que la directrice ou le directeur du scrutin (DS) quant à l'utilisation des médias sociaux.",
          },
          {
            section: 'memesRegles',
            text: "nous ne pouvons pas exiger d'eux le même niveau d'impartialité et de neutralité dans leur vie personnelle, notamment sur les médias sociaux.",
          },
          {
            section: 'memesRegles',
            text: 'Toutefois, ils doivent adopter un comportement exemplaire dans le cadre de leur travail. Il leur est spécifiquement interdit de se livrer à un travail de nature partisane les jours où ils travaillent.',
          },
        ],
      }),
    },
  },
});

import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { role } from './facts';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
const suggerons = 'Nous vous suggérons fortement de faire le ménage de vos publications sur les médias sociaux dès que vous devenez DS.';

export default scenarioSetup.createMachine({
  id: 'eq-menage-publications',
  initial: 'role',
  states: {
    role: {
      meta: factQuestion('role', role),
      on: { ds: 'menageRecommande', personnel: 'personnelAVerifier' },
    },
    menageRecommande: {
      type: 'final',
      meta: ending('menageRecommande', {
        verdict: 'recommended',
        contact: 'coordinator',
        ...eq,
        sections: ['menage', 'amisSeulement'],
        quotes: [
          { section: 'menage', text: suggerons },
          {
            section: 'menage',
            text: "Afin de faciliter votre ménage, vous pouvez simplement rendre toutes vos publications passées privées et, par la suite, utiliser la fonction « Souvenir » de Facebook ou l'équivalent, sur les autres médias sociaux, pour faire le ménage.",
          },
          {
            section: 'amisSeulement',
            text: "La jurisprudence démontre qu'on ne peut pas considérer que des publications sur les médias sociaux relèvent de la vie privée, même si des paramètres de sécurité sont mis en place, comme le blocage de la recherche du profil et la restriction de l'accès au profil aux amis seulement.",
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
        sections: ['memesRegles', 'menage'],
        quotes: [
          { section: 'menage', text: suggerons },
          {
            section: 'memesRegles',
            text: "En général, le personnel électoral doit respecter les mêmes consignes que la directrice ou le directeur du scrutin (DS) quant à l'utilisation des médias sociaux.",
          },
          {
            section: 'memesRegles',
            text: "nous ne pouvons pas exiger d'eux le même niveau d'impartialité et de neutralité dans leur vie personnelle, notamment sur les médias sociaux.",
          },
        ],
      }),
    },
  },
});

import { ending, question, scenarioSetup } from '../../engine/model';
import { quoteList } from '../../engine/quotes';
import { administrationResponsable, employesResponsables } from './listes';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const uneSeule = "À noter qu'une seule plateforme par type de média doit être présente sur le web.";
const alimenter =
  "Cependant, afin d'alimenter cette page Facebook, la Municipalité demande l'engagement de tous les services pour permettre l'actualisation de l'information et donner des nouvelles en temps réel.";
const autresComptes = 'La Municipalité possède également un compte Twitter, Instagram et YouTube.';

/** A medium the Municipality is already on → not allowed (one platform per type); another → ask the administration. */
export default scenarioSetup.createMachine({
  id: 'stu-page-service',
  initial: 'plateforme',
  states: {
    plateforme: {
      meta: question('plateforme', ['existante', 'autre'], { hint: true }),
      on: { existante: 'unePlateforme', autre: 'nouvellePlateformeAVerifier' },
    },
    unePlateforme: {
      type: 'final',
      meta: ending('unePlateforme', {
        verdict: 'not-allowed',
        contact: 'administration',
        ...stu,
        sections: ['presenceWeb', 'roles'],
        quotes: [
          { section: 'presenceWeb', text: uneSeule },
          { section: 'presenceWeb', text: alimenter },
          { section: 'presenceWeb', text: autresComptes },
        ],
      }),
    },
    nouvellePlateformeAVerifier: {
      type: 'final',
      meta: ending('nouvellePlateformeAVerifier', {
        verdict: 'ask',
        contact: 'administration',
        ...stu,
        sections: ['presenceWeb', 'roles'],
        quotes: [
          { section: 'presenceWeb', text: uneSeule },
          quoteList(administrationResponsable, 'comptesOfficiels'),
          quoteList(employesResponsables, 'outils'),
        ],
      }),
    },
  },
});

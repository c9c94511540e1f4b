import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { role } from './facts';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
const enGeneral =
  "En général, le personnel électoral doit respecter les mêmes consignes que la directrice ou le directeur du scrutin (DS) quant à l'utilisation des médias sociaux.";
const pasLeMemeNiveau =
  "nous ne pouvons pas exiger d'eux le même niveau d'impartialité et de neutralité dans leur vie personnelle, notamment sur les médias sociaux.";
const reglesFermes =
  'Toutefois, ils doivent adopter un comportement exemplaire dans le cadre de leur travail. Il leur est spécifiquement interdit de se livrer à un travail de nature partisane les jours où ils travaillent.';
const interdit =
  "Non. La neutralité et l'impartialité est primordiale dans le cadre de vos fonctions. C'est pourquoi vous ne pouvez pas aimer la page Facebook d'une politicienne ou d'un politicien ni ajouter une personne candidate à votre réseau LinkedIn.";

export default scenarioSetup.createMachine({
  id: 'eq-relation-politique',
  initial: 'role',
  states: {
    role: {
      meta: factQuestion('role', role),
      on: { ds: 'cible', personnel: 'personnelAVerifier' },
    },
    cible: {
      meta: question('cible', ['personne', 'parti'], { hint: true }),
      on: { personne: 'connaissance', parti: 'partiNon' },
    },
    connaissance: {
      meta: question('connaissance', ['oui', 'non'], { hint: true }),
      on: { oui: 'lienPersonnelCondition', non: 'personneNon' },
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', {
        verdict: 'ask',
        contact: 'ds',
        ...eq,
        sections: ['memesRegles', 'amiElu', 'tousLesPartis'],
        quotes: [
          { section: 'memesRegles', text: enGeneral },
          { section: 'memesRegles', text: pasLeMemeNiveau },
          { section: 'memesRegles', text: reglesFermes },
        ],
      }),
    },
    partiNon: {
      type: 'final',
      meta: ending('partiNon', {
        verdict: 'not-allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['tousLesPartis', 'amiElu'],
        quotes: [
          {
            section: 'tousLesPartis',
            text: "Non. Malgré ce que l'on pourrait croire, aimer les pages Facebook ou s'abonner aux profils Twitter de l'ensemble des personnes candidates ou des partis ne permet pas de conserver une apparence de confidentialité ou d'impartialité.",
          },
          { section: 'tousLesPartis', text: "Dans ce contexte, l'apparence de neutralité ou d'impartialité tombe à l'eau." },
        ],
      }),
    },
    personneNon: {
      type: 'final',
      meta: ending('personneNon', {
        verdict: 'not-allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['amiElu'],
        quotes: [{ section: 'amiElu', text: interdit }],
      }),
    },
    lienPersonnelCondition: {
      type: 'final',
      meta: ending('lienPersonnelCondition', {
        verdict: 'allowed-if',
        contact: 'coordinator',
        ...eq,
        sections: ['amiElu'],
        quotes: [
          {
            section: 'amiElu',
            text: "Toutefois, une exception est possible si vous connaissez cette personne dans votre vie personnelle (par exemple, si c'est votre voisin, un membre de votre famille, un ami proche, etc.). Vous devez être en mesure d'expliquer ce lien au besoin.",
          },
        ],
      }),
    },
  },
});

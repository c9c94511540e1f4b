import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { fonctions, partisan } from './facts';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const mes2HorsCapacite =
  "Si la ministre n'agit pas dans sa capacité ministérielle officielle (par exemple, si elle est en campagne électorale), le ministère ne devrait pas publier le contenu.";
const mes2Rappel =
  "À titre de rappel, les photos ou les publications de ministres ou de membres de leur bureau peuvent être publiées sur les comptes officiels de réseaux sociaux du gouvernement uniquement lorsque la personne est présentée dans l'exercice de ses fonctions officielles (par exemple, lors d'un discours ou d'une annonce officielle).";
const mes2Partisan =
  'Le ministère ne devrait pas lui offrir son soutien ni partager la publication, car son contenu pourrait être considéré comme étant à caractère partisan et non conforme aux directives gouvernementales.';
const comptePartisan =
  "Toutefois, un compte officiel d'un ministère ne doit pas publier ou retransmettre de contenu à caractère partisan ou de contenu provenant du compte personnel d'un ministre, ni utiliser la mention « J'aime » ou interagir avec le compte.";
const photosFonctions =
  "Des photos de ministres peuvent être publiées sur les comptes de médias sociaux officiels d'un ministère gouvernemental uniquement si la personne en question est présentée dans l'exercice de ses fonctions officielles (par exemple, lors d'un discours ou d'une annonce officielle). Toutefois, les comptes officiels du ministère ne doivent pas identifier les comptes personnels des ministres.";
const enCasDeDoute =
  'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.';

/** « Risques et éléments à prendre en compte » of Mise en situation 2, on every ending. */
const checklist = ['partisan', 'directives', 'fonctions'];

/**
 * Mise en situation 2: the minister asks her ministry to post about her community work as an
 * MPP and a fundraiser. Shown in her official duties (« capacité ministérielle officielle »)?
 * no → no (photos and posts of ministers on official accounts only in official duties).
 * Partisan? yes → no; not sure (undefined in the guidelines) → ask; no → yes, if shown in
 * official duties, meeting government directives, her personal accounts untagged and nothing
 * reshared from them. Official capacity is defined only by examples: « Je ne sais pas » still
 * asks whether the content is partisan, since « Oui » there settles the answer (no) whatever
 * her capacity; otherwise → ask.
 */
export default scenarioSetup.createMachine({
  id: 'on-mes2-travail-communautaire',
  initial: 'capacite',
  states: {
    capacite: {
      meta: factQuestion('capacite', fonctions, { hint: true }),
      on: { oui: 'partisan', non: 'capaciteNon', 'pas-sur': 'partisanCapaciteIncertaine' },
    },
    partisan: {
      meta: factQuestion('partisan', partisan, { hint: true }),
      on: { oui: 'partisanNon', non: 'publicationCondition', 'pas-sur': 'partisanAVerifier' },
    },
    partisanCapaciteIncertaine: {
      meta: factQuestion('partisanCapaciteIncertaine', partisan, { hint: true }),
      on: { oui: 'partisanNon', non: 'capaciteAVerifier', 'pas-sur': 'capaciteAVerifier' },
    },
    capaciteNon: {
      type: 'final',
      meta: ending('capaciteNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['mes2', 'misesEnSituation'],
        quotes: [
          { section: 'mes2', text: mes2HorsCapacite },
          { section: 'mes2', text: mes2Rappel },
        ],
        checklist,
      }),
    },
    partisanNon: {
      type: 'final',
      meta: ending('partisanNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['partage', 'mes2', 'misesEnSituation'],
        quotes: [
          { section: 'partage', text: comptePartisan },
          { section: 'mes2', text: mes2Partisan },
        ],
        checklist,
      }),
    },
    partisanAVerifier: {
      type: 'final',
      meta: ending('partisanAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['partage', 'mes2', 'misesEnSituation'],
        quotes: [
          { section: 'mes2', text: mes2Partisan },
          { section: 'misesEnSituation', text: enCasDeDoute },
        ],
        checklist,
      }),
    },
    capaciteAVerifier: {
      type: 'final',
      meta: ending('capaciteAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['mes2', 'photos', 'partage', 'misesEnSituation'],
        quotes: [
          { section: 'mes2', text: mes2HorsCapacite },
          { section: 'mes2', text: mes2Rappel },
          { section: 'misesEnSituation', text: enCasDeDoute },
        ],
        checklist,
      }),
    },
    publicationCondition: {
      type: 'final',
      meta: ending('publicationCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...on,
        sections: ['photos', 'partage', 'mes2', 'misesEnSituation'],
        quotes: [
          { section: 'photos', text: photosFonctions },
          { section: 'partage', text: comptePartisan },
        ],
        checklist,
      }),
    },
  },
});

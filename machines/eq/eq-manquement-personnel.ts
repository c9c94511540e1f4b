import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { conduiteExemplaire, role } from './facts';

// The user is the DS, who must address a staff member's breach (the FAQ's role rule).
const eq = { document: 'eq', given: [[role, 'ds']] as [typeof role, string][] };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
const partisanInterdit = 'Il leur est spécifiquement interdit de se livrer à un travail de nature partisane les jours où ils travaillent.';
const exemplaire = 'Toutefois, ils doivent adopter un comportement exemplaire dans le cadre de leur travail.';
const devoirDuDS =
  "Si la ou le DS constate un manquement de la part d'un membre du personnel électoral, il doit lui expliquer les règles à respecter. Il doit aviser sa coordonnatrice ou son coordonnateur, qui communiquera avec la Direction des communications et des affaires publiques (DCOMAP) d'Élections Québec au besoin.";
const pasLeMemeNiveau =
  "nous ne pouvons pas exiger d'eux le même niveau d'impartialité et de neutralité dans leur vie personnelle, notamment sur les médias sociaux.";

/**
 * Partisan work on a day worked? yes → a breach; no, or not sure whether it counts (the
 * FAQ does not define « travail de nature partisane »), → the conduct question (one shared
 * fact, asked in two states so the machine remembers which): not exemplary is a breach
 * whatever the partisan answer, so « Je ne sais pas » ends on `ask` only when it is.
 */
export default scenarioSetup.createMachine({
  id: 'eq-manquement-personnel',
  initial: 'partisan',
  states: {
    partisan: {
      meta: question('partisan', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'partisanManquement', non: 'conduite', 'pas-sur': 'conduiteApresDoute' },
    },
    conduite: {
      meta: factQuestion('conduite', conduiteExemplaire, { hint: true }),
      on: { oui: 'aucuneRegleFerme', non: 'conduiteManquement' },
    },
    conduiteApresDoute: {
      meta: factQuestion('conduiteApresDoute', conduiteExemplaire, { hint: true }),
      on: { oui: 'partisanAVerifier', non: 'conduiteManquement' },
    },
    partisanManquement: {
      type: 'final',
      meta: ending('partisanManquement', {
        verdict: 'required',
        contact: 'coordinator',
        ...eq,
        sections: ['memesRegles'],
        quotes: [
          { section: 'memesRegles', text: partisanInterdit },
          { section: 'memesRegles', text: devoirDuDS },
        ],
      }),
    },
    partisanAVerifier: {
      type: 'final',
      meta: ending('partisanAVerifier', {
        verdict: 'ask',
        contact: 'coordinator',
        ...eq,
        sections: ['memesRegles'],
        quotes: [
          { section: 'memesRegles', text: partisanInterdit },
          { section: 'memesRegles', text: pasLeMemeNiveau },
        ],
      }),
    },
    conduiteManquement: {
      type: 'final',
      meta: ending('conduiteManquement', {
        verdict: 'required',
        contact: 'coordinator',
        ...eq,
        sections: ['memesRegles'],
        quotes: [
          { section: 'memesRegles', text: exemplaire },
          { section: 'memesRegles', text: devoirDuDS },
        ],
      }),
    },
    aucuneRegleFerme: {
      type: 'final',
      meta: ending('aucuneRegleFerme', {
        verdict: 'ask',
        contact: 'coordinator',
        ...eq,
        sections: ['memesRegles'],
        quotes: [
          {
            section: 'memesRegles',
            text: "En général, le personnel électoral doit respecter les mêmes consignes que la directrice ou le directeur du scrutin (DS) quant à l'utilisation des médias sociaux.",
          },
          { section: 'memesRegles', text: pasLeMemeNiveau },
        ],
      }),
    },
  },
});

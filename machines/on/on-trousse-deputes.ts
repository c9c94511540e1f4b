import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { contenu, contenuCommeIlLEntend, modification, moment, republieApres, trousseUniquement } from './facts';
import { quoteList } from '../../engine/quotes';
import { approprieTravail } from './pratiques-exemplaires';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const trousseFournie =
  "Des trousses à l'intention des députés comprenant des communiqués, des messages clés, des liens de partage pour les médias sociaux et du contenu à diffuser sur les comptes officiels du ministère ainsi que des foires aux questions peuvent être fournies aux ministres et au personnel de leur bureau sur demande.";
const soutienIdentique =
  "Lorsqu'un député soutient un ministre ou agit en son nom, le personnel ministériel peut lui fournir un soutien identique à celui qu'il fournirait au ministre.";
const deputesPeuventPublier =
  'En outre, la loi précise que les députés provinciaux peuvent publier tout contenu susceptible d\'intéresser leurs partisans.';

/** Every ending: the content is that of an MPP kit. */
const given: [typeof contenu, string][] = [[contenu, 'trousse']];

/**
 * « Trousses et soutien pour les députés »: to whom kits and support may be provided and how
 * they may be used. For a minister or their office, or an MPP supporting or acting for a
 * minister (« un soutien identique »); any other MPP → ask (silent). Use on the minister's
 * accounts: sharing the ministry's posts, or posting the content at the same time as is →
 * yes; modified (« uniquement … tel quel » against « comme le ministre l'entend », « Contenu et
 * éléments créatifs ») → ask; posted later (« simultanément » against « ou après sa
 * publication ») → ask: the shared facts `on.moment` and `on.modification`, asked as in
 * on-mes4. The MPP's own use keeps one question: every use other than sharing or posting as
 * is at the same time is an ask there.
 */
export default scenarioSetup.createMachine({
  id: 'on-trousse-deputes',
  initial: 'destinataire',
  states: {
    destinataire: {
      meta: question('destinataire', ['ministre', 'depute-soutien', 'autre-depute'], { hint: true }),
      on: { ministre: 'usage', 'depute-soutien': 'usageDepute', 'autre-depute': 'autreDeputeAVerifier' },
    },
    usage: {
      meta: factQuestion('usage', moment, { hint: true }),
      on: { partage: 'telQuel', simultane: 'modification', 'plus-tard': 'plusTardAVerifier' },
    },
    modification: {
      meta: factQuestion('modification', modification, { hint: true }),
      on: { non: 'telQuel', oui: 'autrementAVerifier' },
    },
    usageDepute: {
      meta: question('usageDepute', ['partage', 'tel-quel', 'autrement'], { hint: true }),
      on: { partage: 'deputeTelQuel', 'tel-quel': 'deputeTelQuel', autrement: 'deputeAutrementAVerifier' },
    },
    telQuel: {
      type: 'final',
      meta: ending('telQuel', {
        verdict: 'allowed',
        contact: 'communications',
        ...on,
        sections: ['trousses'],
        quotes: [
          { section: 'trousses', text: trousseFournie },
          { section: 'trousses', text: trousseUniquement },
        ],
        given,
      }),
    },
    autrementAVerifier: {
      type: 'final',
      meta: ending('autrementAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'contenu', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: trousseUniquement },
          { section: 'contenu', text: contenuCommeIlLEntend },
        ],
        given,
      }),
    },
    plusTardAVerifier: {
      type: 'final',
      meta: ending('plusTardAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'contenu', 'mes1', 'mes4', 'pratiquesTravail', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: trousseUniquement },
          { section: 'contenu', text: republieApres },
          quoteList(approprieTravail, 'retransmettre'),
        ],
        given,
      }),
    },
    deputeTelQuel: {
      type: 'final',
      meta: ending('deputeTelQuel', {
        verdict: 'allowed',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'apercu'],
        quotes: [
          { section: 'trousses', text: soutienIdentique },
          { section: 'apercu', text: deputesPeuventPublier },
        ],
        given,
      }),
    },
    deputeAutrementAVerifier: {
      type: 'final',
      meta: ending('deputeAutrementAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'contenu', 'apercu', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: soutienIdentique },
          { section: 'trousses', text: trousseUniquement },
          { section: 'contenu', text: contenuCommeIlLEntend },
        ],
        given,
      }),
    },
    autreDeputeAVerifier: {
      type: 'final',
      meta: ending('autreDeputeAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['trousses', 'misesEnSituation'],
        quotes: [
          { section: 'trousses', text: trousseFournie },
          { section: 'trousses', text: soutienIdentique },
        ],
        given,
      }),
    },
  },
});

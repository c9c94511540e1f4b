import { ending, question, scenarioSetup } from '../../src/engine/model';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const trousseFournie =
  "Des trousses à l'intention des députés comprenant des communiqués, des messages clés, des liens de partage pour les médias sociaux et du contenu à diffuser sur les comptes officiels du ministère ainsi que des foires aux questions peuvent être fournies aux ministres et au personnel de leur bureau sur demande.";
const trousseUniquement =
  'Les comptes de médias sociaux des ministres peuvent uniquement partager les publications des comptes de médias sociaux du ministère ou publier simultanément ce contenu tel quel sur leurs comptes.';
const soutienIdentique =
  "Lorsqu'un député soutient un ministre ou agit en son nom, le personnel ministériel peut lui fournir un soutien identique à celui qu'il fournirait au ministre.";
const contenuCommeIlLEntend =
  "Le contenu fourni à un ministre ou au bureau d'un ministre peut être utilisé comme le ministre l'entend.";
const deputesPeuventPublier =
  'En outre, la loi précise que les députés provinciaux peuvent publier tout contenu susceptible d\'intéresser leurs partisans.';

/**
 * « Trousses et soutien pour les députés »: to whom kits and support may be provided and how
 * they may be used. For a minister or their office, or an MPP supporting or acting for a
 * minister (« un soutien identique »); any other MPP → ask (silent). Use: sharing the
 * ministry's posts or posting them as is at the same time → yes; any other use (modified,
 * own posts from the assets, another time) meets « uniquement … tel quel » against
 * « comme le ministre l'entend » (« Contenu et éléments créatifs ») → ask.
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
      meta: question('usage', ['partage', 'tel-quel', 'autrement'], { hint: true }),
      on: { partage: 'telQuel', 'tel-quel': 'telQuel', autrement: 'autrementAVerifier' },
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
      }),
    },
  },
});

import { ending, question, scenarioSetup } from '../../engine/model';
import { quoteList } from '../../engine/quotes';
import {
  insultants,
  messagePrive,
  netiquette,
  objectifs,
  pasTousRepondus,
  questionneFortement,
  seulsComptesRepondent,
  sitesRelevent,
  soutienService,
  vbc,
} from './policy';

/**
 * §10 gives the social-media manager's practice; the role comes first because the policy
 * says nothing of what another employee who sees a comment should do (`ask`), nor whether a
 * plain question asked in a comment calls for a reply (`ask`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-interaction-citoyen',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['gestionnaire', 'employe'], { hint: true }),
      on: { gestionnaire: 'injurieux', employe: 'employeAVerifier' },
    },
    injurieux: {
      meta: question('injurieux', ['oui', 'non'], { hint: true }),
      on: { oui: 'effacer', non: 'service' },
    },
    service: {
      meta: question('service', ['oui', 'non'], { hint: true }),
      on: { oui: 'referer', non: 'canal' },
    },
    canal: {
      meta: question('canal', ['prive', 'public']),
      on: { prive: 'repondrePrive', public: 'fort' },
    },
    fort: {
      meta: question('fort', ['oui', 'non', 'question'], { hint: true }),
      on: { oui: 'repondreCalme', non: 'pasTenuDeRepondre', question: 'questionAVerifier' },
    },
    employeAVerifier: {
      type: 'final',
      meta: ending('employeAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['interactions', 'ethique', 'sitesVille'],
        quotes: [
          { section: 'interactions', text: insultants },
          { section: 'ethique', text: seulsComptesRepondent },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    effacer: {
      type: 'final',
      meta: ending('effacer', {
        verdict: 'required',
        contact: 'communications',
        ...vbc,
        sections: ['interactions'],
        quotes: [
          { section: 'interactions', text: insultants },
          { section: 'interactions', text: netiquette },
        ],
      }),
    },
    referer: {
      type: 'final',
      meta: ending('referer', {
        verdict: 'required',
        contact: 'communications',
        ...vbc,
        sections: ['interactions'],
        quotes: [{ section: 'interactions', text: soutienService }],
      }),
    },
    repondrePrive: {
      type: 'final',
      meta: ending('repondrePrive', {
        verdict: 'required',
        contact: 'communications',
        ...vbc,
        sections: ['interactions'],
        quotes: [
          { section: 'interactions', text: messagePrive },
          { section: 'interactions', text: questionneFortement },
        ],
      }),
    },
    repondreCalme: {
      type: 'final',
      meta: ending('repondreCalme', {
        verdict: 'required',
        contact: 'communications',
        ...vbc,
        sections: ['interactions'],
        quotes: [{ section: 'interactions', text: questionneFortement }],
      }),
    },
    questionAVerifier: {
      type: 'final',
      meta: ending('questionAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['interactions', 'objectifs'],
        quotes: [
          { section: 'interactions', text: pasTousRepondus },
          quoteList(objectifs, 'appartenance', 'participation'),
        ],
      }),
    },
    pasTenuDeRepondre: {
      type: 'final',
      meta: ending('pasTenuDeRepondre', {
        verdict: 'allowed',
        contact: 'communications',
        ...vbc,
        sections: ['interactions'],
        quotes: [{ section: 'interactions', text: pasTousRepondus }],
      }),
    },
  },
});

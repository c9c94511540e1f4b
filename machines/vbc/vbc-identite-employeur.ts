import { ending, question, scenarioSetup } from '../../src/engine/model';
import {
  affiliation,
  discrediter,
  gestesPublics,
  lieeALaVille,
  logo,
  pasSanctionnees,
  responsableAdresseVille,
  responsablePublication,
  seulsComptesRepondent,
  sousEntend,
  vbc,
} from './policy';

/**
 * 3.2, 3.2.1, 3.2.2: the City's logo, saying you work for the City, the City's e-mail
 * address, a personal one. The policy does not forbid the City's address for a personal
 * use, but says it implies acting for the City (`ask`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-identite-employeur',
  initial: 'quoi',
  states: {
    quoi: {
      meta: question('quoi', ['logo', 'employeur', 'courriel-ville', 'courriel-perso'], { hint: true }),
      on: { logo: 'logoCondition', employeur: 'mentionPermise', 'courriel-ville': 'pourLaVille', 'courriel-perso': 'courrielPersoCondition' },
    },
    pourLaVille: {
      meta: question('pourLaVille', ['oui', 'non'], { hint: true }),
      on: { oui: 'courrielVilleCondition', non: 'courrielVilleAVerifier' },
    },
    logoCondition: {
      type: 'final',
      meta: ending('logoCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['responsabilite'],
        quotes: [{ section: 'responsabilite', text: logo }],
      }),
    },
    mentionPermise: {
      type: 'final',
      meta: ending('mentionPermise', {
        verdict: 'allowed',
        contact: 'communications',
        ...vbc,
        sections: ['responsabilite', 'adressePerso', 'ethique'],
        quotes: [
          { section: 'responsabilite', text: affiliation },
          { section: 'adressePerso', text: lieeALaVille },
        ],
      }),
    },
    courrielVilleCondition: {
      type: 'final',
      meta: ending('courrielVilleCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['adressePro', 'responsabilite', 'ethique'],
        quotes: [
          { section: 'adressePro', text: sousEntend },
          { section: 'adressePro', text: gestesPublics },
          { section: 'ethique', text: seulsComptesRepondent },
        ],
      }),
    },
    courrielVilleAVerifier: {
      type: 'final',
      meta: ending('courrielVilleAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['adressePro', 'responsabilite'],
        quotes: [
          { section: 'adressePro', text: sousEntend },
          { section: 'responsabilite', text: responsableAdresseVille },
        ],
      }),
    },
    courrielPersoCondition: {
      type: 'final',
      meta: ending('courrielPersoCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['adressePerso', 'responsabilite', 'ethique'],
        quotes: [
          { section: 'adressePerso', text: pasSanctionnees },
          { section: 'adressePerso', text: discrediter },
          { section: 'responsabilite', text: responsablePublication },
        ],
      }),
    },
  },
});

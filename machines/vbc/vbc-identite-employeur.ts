import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { approbationCompte } from './facts';
import {
  accesApprobation,
  affiliation,
  confidentiels,
  discrediter,
  gestesPublics,
  lieeALaVille,
  logo,
  pasSanctionnees,
  personneNePeutModifier,
  responsableAdresseVille,
  responsablePublication,
  seulsComptesOfficiels,
  seulsComptesRepondent,
  sousEntend,
  vbc,
} from './policy';

/**
 * 3.2, 3.2.1, 3.2.2: the City's logo, saying you work for the City, the City's e-mail
 * address, a personal one, the City's other « actifs ». 3.2.1 only says what the City's
 * address implies (acting for the City, public, fully responsible); acting for the City is
 * done on its official accounts only (§8, §11: another account → `courrielVilleAutreCompteNon`),
 * with the approval of 3.3, asked as the shared fact `vbc.approbationCompte` in the same words
 * as vbc-publier-page-ville and vbc-compte-officiel, and, from the workstation, after the
 * Direction générale's approval (§4). The policy does not forbid the City's address for a
 * personal use, but says it implies acting for the City (`ask`), nor say when the City's
 * « actifs » may be used (`ask`; it does settle the logo and confidential information).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-identite-employeur',
  initial: 'quoi',
  states: {
    quoi: {
      meta: question('quoi', ['logo', 'employeur', 'courriel-ville', 'courriel-perso', 'actifs'], { hint: true }),
      on: {
        logo: 'logoCondition',
        employeur: 'mentionPermise',
        'courriel-ville': 'pourLaVille',
        'courriel-perso': 'courrielPersoCondition',
        actifs: 'actifsAVerifier',
      },
    },
    pourLaVille: {
      meta: question('pourLaVille', ['oui', 'non'], { hint: true }),
      on: { oui: 'compte', non: 'courrielVilleAVerifier' },
    },
    compte: {
      meta: question('compte', ['officiel', 'autre'], { hint: true }),
      on: { officiel: 'approbation', autre: 'courrielVilleAutreCompteNon' },
    },
    approbation: {
      meta: factQuestion('approbation', approbationCompte, { hint: true }),
      on: { oui: 'courrielVillePermis', non: 'courrielVilleSansApprobation', 'pas-sur': 'approbationAVerifier' },
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
    courrielVillePermis: {
      type: 'final',
      meta: ending('courrielVillePermis', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['adressePro', 'sitesVille', 'acces', 'plateformes', 'ethique'],
        quotes: [
          { section: 'adressePro', text: gestesPublics },
          { section: 'sitesVille', text: personneNePeutModifier },
          { section: 'acces', text: accesApprobation },
        ],
      }),
    },
    courrielVilleSansApprobation: {
      type: 'final',
      meta: ending('courrielVilleSansApprobation', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['sitesVille', 'ethique', 'adressePro'],
        quotes: [
          { section: 'sitesVille', text: personneNePeutModifier },
          { section: 'ethique', text: seulsComptesRepondent },
          { section: 'adressePro', text: sousEntend },
        ],
      }),
    },
    approbationAVerifier: {
      type: 'final',
      meta: ending('approbationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['sitesVille', 'plateformes', 'adressePro'],
        quotes: [
          { section: 'sitesVille', text: personneNePeutModifier },
          { section: 'adressePro', text: sousEntend },
        ],
      }),
    },
    courrielVilleAutreCompteNon: {
      type: 'final',
      meta: ending('courrielVilleAutreCompteNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['plateformes', 'ethique', 'adressePro'],
        quotes: [
          { section: 'plateformes', text: seulsComptesOfficiels },
          { section: 'ethique', text: seulsComptesRepondent },
          { section: 'adressePro', text: sousEntend },
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
    actifsAVerifier: {
      type: 'final',
      meta: ending('actifsAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['responsabilite', 'adressePro', 'renseignements', 'acces'],
        quotes: [
          { section: 'responsabilite', text: responsableAdresseVille },
          { section: 'adressePro', text: gestesPublics },
          { section: 'renseignements', text: confidentiels },
        ],
      }),
    },
  },
});

import { ending, question, scenarioSetup } from '../../engine/model';
import { policyList, quoteList } from '../../engine/quotes';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const comptesPersonnels =
  'Les comptes de médias sociaux des ministres sont considérés comme des comptes personnels. Ces comptes sont distincts des comptes officiels des ministères du gouvernement de l’Ontario et sont gérés uniquement par les ministres ou leurs représentants.';
const gestion = 'Les comptes de médias sociaux des ministres peuvent être gérés par le ministre ou le personnel de son bureau.';
const fpoGestion = 'Toutefois, le personnel ministériel de la FPO ne peut être responsable de la création ou de la gestion de ces comptes.';
const ressources =
  'En outre, le personnel ministériel de la FPO et les ressources (appareils, contenu, éléments créatifs, etc.) appartenant à la FPO ne peuvent être employés uniquement pour soutenir le compte personnel d’un ministre, car cela profiterait injustement à son profil personnel.';
// Sharing or rebroadcasting, with no timing: when reposting later is allowed depends on what the
// content is (`on.moment`, `on.contenu`: on-partage-mention-jaime), which this scenario does not ask.
const partageRediffuse =
  'De même, le contenu publié sur les comptes de médias sociaux officiels d’un ministère peut être partagé ou rediffusé sur les comptes de médias sociaux des ministres.';
const familiariser =
  'Afin de les protéger contre tout risque lors de l’utilisation des médias sociaux, les ministres et leur personnel doivent se familiariser avec les Lignes directrices relatives aux médias sociaux de la FPO et les autres lois qui s’y rapportent, comme la Loi de 1994 sur l’intégrité des députés, ainsi que les principes et les politiques régissant leur utilisation.';
/** What a minister's account, being personal, may not claim. */
const seulsComptesOfficiels = policyList('comptesMinistres', 'À titre de rappel, seuls les comptes de médias sociaux officiels des ministères peuvent :', {
  compteOfficiel: 'indiquer qu’il s’agit d’un compte officiel du gouvernement',
  logo: 'publier le logo et faire mention du site Web officiel du gouvernement de l’Ontario sur la page « Bio »',
});

const quoi = ['gerer', 'ressources-fpo', 'mentions-officielles', 'autre'];
const communs = { 'ressources-fpo': 'ressourcesFpoNon', 'mentions-officielles': 'mentionsOfficiellesNon', autre: 'autreAVerifier' };

/**
 * Who may run a minister's (personal) account and with what: the role first, since OPS
 * ministry staff may not create or manage it, the minister may, and office staff may under
 * the PSOA and their oath; then what the user wants to do, asked in two states so the
 * machine remembers whether the minister or office staff asks.
 */
export default scenarioSetup.createMachine({
  id: 'on-gestion-compte-ministre',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['ministre', 'personnel-bureau', 'personnel-fpo']),
      on: { ministre: 'quoiMinistre', 'personnel-bureau': 'quoiBureau', 'personnel-fpo': 'fpoNon' },
    },
    quoiMinistre: {
      meta: question('quoiMinistre', quoi, { hint: true }),
      on: { gerer: 'gererMinistreOui', ...communs },
    },
    quoiBureau: {
      meta: question('quoiBureau', quoi, { hint: true }),
      on: { gerer: 'gererBureauCondition', ...communs },
    },
    fpoNon: {
      type: 'final',
      meta: ending('fpoNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['comptesMinistres', 'contenuElements', 'partage', 'misesEnSituation'],
        quotes: [
          { section: 'comptesMinistres', text: fpoGestion },
          { section: 'comptesMinistres', text: ressources },
          { section: 'contenuElements', text: partageRediffuse },
        ],
      }),
    },
    gererMinistreOui: {
      type: 'final',
      meta: ending('gererMinistreOui', {
        verdict: 'allowed',
        contact: 'communications',
        ...on,
        sections: ['comptesMinistres', 'apercu', 'misesEnSituation'],
        quotes: [
          { section: 'comptesMinistres', text: comptesPersonnels },
          { section: 'comptesMinistres', text: gestion },
          { section: 'apercu', text: familiariser },
        ],
      }),
    },
    gererBureauCondition: {
      type: 'final',
      meta: ending('gererBureauCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...on,
        sections: ['elementsBureau', 'apercu', 'comptesMinistres', 'risques', 'misesEnSituation'],
        quotes: [
          {
            section: 'elementsBureau',
            text: 'Les membres du personnel des bureaux des ministres peuvent posséder leurs propres comptes de médias sociaux et peuvent également gérer et soutenir les comptes de médias sociaux des ministres.',
          },
          {
            section: 'elementsBureau',
            text: 'Toutefois, comme le personnel ministériel de la FPO, les membres du personnel des bureaux des ministres doivent se conformer aux exigences de la LFPO et respecter en tout point leur serment ou affirmation solennelle d’entrée en fonction lorsqu’ils utilisent les médias sociaux.',
          },
          {
            section: 'apercu',
            text: 'Toutefois, le contenu publié par les membres du bureau d’un ministre au nom du ministre doit être conforme aux exigences de la Loi de 2006 sur la fonction publique de l’Ontario ainsi qu’aux règles relatives aux activités politiques autorisées pour les fonctionnaires.',
          },
          { section: 'apercu', text: familiariser },
        ],
      }),
    },
    ressourcesFpoNon: {
      type: 'final',
      meta: ending('ressourcesFpoNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['comptesMinistres', 'contenuElements', 'misesEnSituation'],
        quotes: [
          { section: 'comptesMinistres', text: ressources },
          { section: 'contenuElements', text: partageRediffuse },
        ],
      }),
    },
    mentionsOfficiellesNon: {
      type: 'final',
      meta: ending('mentionsOfficiellesNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...on,
        sections: ['comptesMinistres', 'misesEnSituation'],
        quotes: [
          quoteList(seulsComptesOfficiels, 'compteOfficiel', 'logo'),
        ],
      }),
    },
    autreAVerifier: {
      type: 'final',
      meta: ending('autreAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['comptesMinistres', 'misesEnSituation'],
        quotes: [
          { section: 'comptesMinistres', text: comptesPersonnels },
          {
            section: 'misesEnSituation',
            text: 'nous encourageons toujours le personnel à communiquer avec la direction des communications en cas de doute sur la façon de procéder.',
          },
        ],
      }),
    },
  },
});

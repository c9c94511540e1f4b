// The facts several Baie-Comeau scenarios depend on, defined once (see `sharedFact` in
// engine/model.ts). Every question asking one of them offers exactly its values, in the
// same words in every scenario; test/scenarios/shared-facts.test.ts checks that each ending
// quoting a passage below has the fact settled on its path, and that no two scenarios draw
// different verdicts from the same facts.
import { sharedFact } from '../../engine/model';
import { equite, frequence, neutre, objectifUrgence, personneNePeutModifier, pertinence } from './policy';

/**
 * 3.3: have you obtained the prior approval of the Division des communications or the
 * Direction générale for what you want to do on the City account? Managing an account or
 * having access to it is not said to be that approval: the question asks the approval itself
 * (« Je ne sais pas » → `ask`). Asked by vbc-publier-page-ville, vbc-demande-promotion,
 * vbc-compte-officiel (changing an account) and vbc-identite-employeur (acting for the City on
 * an official account).
 */
export const approbationCompte = sharedFact({
  id: 'vbc.approbationCompte',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [personneNePeutModifier],
});

/**
 * §9 rule 1: has the City already posted twice today? The policy does not say whether the
 * limit counts per account or for all the City's accounts (said in the hint; « Je ne sais pas »).
 */
export const publicationsAujourdhui = sharedFact({
  id: 'vbc.publicationsAujourdhui',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [frequence],
});

/**
 * §9 rule 1 « À moins de situations exceptionnelles », which the policy does not define: is
 * the situation exceptional? This guide counts among them an important notice to the
 * population in an emergency (§7, `urgence`); any other situation the user thinks exceptional
 * is not settled (`oui` → `ask`). Rests on §7: an ending quoting that objective (the
 * emergency endings) has the fact settled, asked or given `urgence`.
 */
export const situationExceptionnelle = sharedFact({
  id: 'vbc.situationExceptionnelle',
  values: ['urgence', 'oui', 'non'],
  restsOn: [objectifUrgence],
});

/** §9 rule 3: does the City have a partnership or an agreement with the organisation? */
export const partenaire = sharedFact({
  id: 'vbc.partenaire',
  values: ['oui', 'non'],
  restsOn: [equite],
});

/** §9 rule 3: does the City judge the message of public interest? The City judges (« qu'elle juge »). */
export const interetPublic = sharedFact({
  id: 'vbc.interetPublic',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [equite],
});

/** §9 rule 3: is the message municipal or tourist information (a term the policy does not define)? */
export const informationMunicipale = sharedFact({
  id: 'vbc.informationMunicipale',
  values: ['oui', 'non'],
  restsOn: [equite],
});

/** §6: does the message stay neutral, politically and on delicate or controversial subjects? */
export const neutralite = sharedFact({
  id: 'vbc.neutralite',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [neutre],
});

/** §9 rule 2: is the content relevant for citizens? The City judges (« Si nous jugeons »). */
export const pertinenceContenu = sharedFact({
  id: 'vbc.pertinence',
  values: ['oui', 'non', 'pas-sur'],
  restsOn: [pertinence],
});

import { afterAll, describe, expect, it } from 'vitest';
import { searcherFor } from './index';

/**
 * Phrasings of our own, in users' words (typos included), each with the scenario it must
 * find in the top 3. New scenarios are in the index without extra work; add their phrasings
 * here as they land.
 */
const PHRASINGS: [lang: 'fr' | 'en', query: string, expected: string][] = [
  // Élections Québec
  ['fr', "Panne d'électricité au bureau de vote, il faut prévenir les électeurs", 'eq-proposer-publication'],
  ['fr', 'degat deau dans la salle, urgent', 'eq-proposer-publication'],
  ['fr', 'troll qui me harcèle sur ma page', 'eq-interpellation'],
  ['fr', "un citoyen m'écrit sur Messenger pour se plaindre", 'eq-interpellation'],
  ['fr', 'fausse nouvelle qui circule sur le vote', 'eq-information-erronee'],
  ['fr', 'rumeur virale', 'eq-information-erronee'],
  ['fr', 'desinformaton', 'eq-information-erronee'],
  ['fr', 'aimer la page du candidat', 'eq-relation-politique'],
  ['fr', "liker la page d'un député", 'eq-relation-politique'],
  ['fr', 'amitié facebook avec un candidat', 'eq-relation-politique'],
  ['fr', 'ma coordo veut être mon amie sur Facebook', 'eq-amitie-coordination'],
  ['fr', 'demande d’ami de ma coordonatrice', 'eq-amitie-coordination'],
  ['fr', 'effacer mes vieilles publications', 'eq-menage-publications'],
  ['fr', 'nettoyer mon profil avant ma nomination', 'eq-menage-publications'],
  ['fr', 'donner mon opinion sur la politique provinciale', 'eq-publication-politique'],
  ['fr', "publier sur l'immigration", 'eq-publication-politique'],
  ['fr', 'partager les publications d’Élections Québec', 'eq-suivre-partager'],
  ['fr', 'repartager un post pour inviter à voter', 'eq-suivre-partager'],
  ['fr', 'un employé fait du travail partisan', 'eq-manquement-personnel'],
  ['fr', 'mon personnel ne respecte pas la neutralité', 'eq-manquement-personnel'],
  ['fr', 'quelqu’un me pose une question sur le scrutin en commentaire', 'eq-interpellation'],
  ['fr', 'suggérer une publication à la DCOMAP', 'eq-proposer-publication'],
  ['en', 'power outage at the polling station, warn voters', 'eq-proposer-publication'],
  ['en', 'someone is trolling me about the election', 'eq-interpellation'],
  ['en', 'fake news going viral', 'eq-information-erronee'],
  ['en', 'like a candidate page on Facebook', 'eq-relation-politique'],
  ['en', 'friend request from my coordinator', 'eq-amitie-coordination'],
  ['en', 'delete old posts before I become returning officer', 'eq-menage-publications'],
  ['en', 'post my political opinions', 'eq-publication-politique'],
  ['en', 'share Élections Québec posts', 'eq-suivre-partager'],
  ['en', 'staff member doing partisan work', 'eq-manquement-personnel'],
  ['en', 'misinformaton', 'eq-information-erronee'],
  // Ontario
  ['fr', "faire un Facebook Live pour l'annonce du ministre", 'on-mes3-diffusion-direct'],
  ['en', "livestream the minister's announcement", 'on-mes3-diffusion-direct'],
  ['fr', 'photos des participants à un événement, faut-il leur consentement', 'on-photos-consentement'],
  ['en', "who can manage the minister's account", 'on-gestion-compte-ministre'],
  ['fr', 'un citoyen écrit au bureau du ministre pour un problème qui relève du ministère', 'on-demande-public'],
  ['en', 'kit for MPPs from the ministry', 'on-trousse-deputes'],
  // Commission de l'éthique en science et en technologie
  ['fr', 'on me demande le mot de passe de la page Facebook de la Commission', 'cest-mot-de-passe'],
  ['fr', "j'ai fait une coquille dans un post de la Commission", 'cest-erreur-publication'],
  ['en', "I'm made admin of the Commission's page", 'cest-administrer-page'],
  // Ville de Baie-Comeau
  ['fr', 'un OBNL veut que la Ville partage son événement', 'vbc-demande-promotion'],
  ['fr', 'conseiller municipal qui veut donner son opinion politique', 'vbc-elu-opinion'],
  ['en', 'can I use the City logo on my profile', 'vbc-identite-employeur'],
  ['fr', "Insta au bureau sur l'ordi de la Ville", 'vbc-acces-poste-travail'],
  // Municipalité de Saint-Urbain
  ['fr', 'Insta au bureau pendant ma pause', 'stu-heures-travail'],
  ['fr', 'selfie avec mes collègues au garage municipal', 'stu-photo-lieu-travail'],
  ['fr', 'un troll insulte un employé de la municipalité', 'stu-commentaire-douteux'],
  ['en', 'which email address to sign up to Facebook personally', 'stu-inscription-courriel'],
  ['fr', 'créer une page Facebook pour mon service', 'stu-page-service'],
  // Everyday words (issue 23; the lexicon's own cases are in lexicon.test.ts)
  ['fr', 'raciste', 'vbc-interaction-citoyen'],
  ['fr', 'commentaire raciste sur la page de la Ville', 'vbc-interaction-citoyen'],
  ['en', 'racist comment on the City page', 'vbc-interaction-citoyen'],
  ['fr', 'live', 'on-mes3-diffusion-direct'],
  ['fr', 'livestream', 'on-mes3-diffusion-direct'],
  ['en', 'livestream', 'on-mes3-diffusion-direct'],
  ['fr', "je peux faire un live de l'annonce ?", 'on-mes3-diffusion-direct'],
  ['fr', 'mot de passe', 'cest-mot-de-passe'],
  ['fr', 'mon boss me critique sur Facebook', 'vbc-propos-personnes'],
  ['en', 'my boss criticises me on Facebook', 'vbc-propos-personnes'],
];

const searchers = { fr: searcherFor('fr'), en: searcherFor('en') };
const misses: string[] = [];
let firsts = 0;

describe('search in the users’ own words: the right situation in the top 3', () => {
  it.each(PHRASINGS)('%s « %s » → %s', (lang, query, expected) => {
    const top = searchers[lang].search(query, 3).map((h) => h.id);
    if (top[0] === expected) firsts++;
    if (!top.includes(expected)) misses.push(`${lang} « ${query} »: ${top.join(', ')}`);
    expect(top).toContain(expected);
  });

  afterAll(() => {
    const hits = PHRASINGS.length - misses.length;
    console.log(`search hit rate (top 3): ${hits}/${PHRASINGS.length} = ${((100 * hits) / PHRASINGS.length).toFixed(0)} %, first: ${firsts}/${PHRASINGS.length}${misses.length ? `; missed: ${misses.join(' | ')}` : ''}`);
  });
});

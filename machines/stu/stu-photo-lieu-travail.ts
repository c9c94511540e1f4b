import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { autorisationSdle, lieuDiffusion } from './facts';
import { quoteList } from '../../engine/quotes';
import { administrationResponsable } from './listes';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const aviser =
  "Lorsque c'est possible, il faut tenter d'aviser les gens que les photos prises seront diffusées sur les réseaux sociaux et leur demander leur autorisation.";
const droitImage =
  "La protection du droit à l'image est cependant limitée lorsque l'on prend une photo d'une foule dans un événement public ou sur la place publique, lorsqu'une personne prise en photo exerce une activité publique ou lorsque la photo sert à informer le public.";
const sdle =
  "Notez que, quiconque, que ce soit un employé ou un bénévole ne peut diffuser, en son nom personnel, des photos, vidéos ou quelconques enregistrements qu'il aurait pu faire sur son lieu de travail et identifiant la Municipalité sans avoir préalablement obtenu l'autorisation de la technicienne en administration du SDLE.";
const viePrivee = 'Toute personne a droit au respect de sa vie privée, de sa réputation et de la confidentialité de ses renseignements personnels.';
const confidentiels =
  'Les utilisateurs ne peuvent divulguer ou utiliser les renseignements confidentiels ou exclusifs de la Municipalité dans toute forme de média en ligne.';
const employes = "Ce cadre a pour objectifs de sensibiliser et d'outiller les employés de la Municipalité sur les politiques d'utilisation des réseaux sociaux";
const retirer = 'La Municipalité pourra notamment demander au contrevenant de retirer le contenu jugé non conforme';

/** Endings on the volunteers' path: the framework names volunteers only for what they post in their own name. */
const enSonNom: [typeof lieuDiffusion, string][] = [[lieuDiffusion, 'personnel']];

/**
 * Role first: the framework is written for employees and names volunteers only in its rule on
 * recordings that identify the Municipality. Employees: the Municipality's page, or in their own
 * name (the shared fact `stu.lieuDiffusion`, machines/stu/facts.ts; volunteers' endings take
 * « en son nom personnel » as given). In one's own name: does it identify the Municipality (yes,
 * no, not sure), then the SDLE technician's prior authorisation; « not sure » is asked in its
 * own states so the machine remembers it.
 */
export default scenarioSetup.createMachine({
  id: 'stu-photo-lieu-travail',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['employe', 'benevole'], { hint: true }),
      on: { employe: 'lieu', benevole: 'identifieBenevole' },
    },
    lieu: {
      meta: factQuestion('lieu', lieuDiffusion, { hint: true }),
      on: { page: 'pageMunicipalite', personnel: 'identifie' },
    },
    identifie: {
      meta: question('identifie', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'autorisation', non: 'nonIdentifie', 'pas-sur': 'autorisationDoute' },
    },
    identifieBenevole: {
      meta: question('identifieBenevole', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'autorisationBenevole', non: 'nonIdentifieBenevole', 'pas-sur': 'autorisationBenevoleDoute' },
    },
    autorisation: {
      meta: factQuestion('autorisation', autorisationSdle, { hint: true }),
      on: { oui: 'autorise', non: 'sansAutorisation' },
    },
    autorisationDoute: {
      meta: factQuestion('autorisationDoute', autorisationSdle, { hint: true }),
      on: { oui: 'autorise', non: 'identificationAVerifier' },
    },
    autorisationBenevole: {
      meta: factQuestion('autorisationBenevole', autorisationSdle, { hint: true }),
      on: { oui: 'autorise', non: 'sansAutorisation' },
    },
    autorisationBenevoleDoute: {
      meta: factQuestion('autorisationBenevoleDoute', autorisationSdle, { hint: true }),
      on: { oui: 'autorise', non: 'identificationAVerifier' },
    },
    pageMunicipalite: {
      type: 'final',
      meta: ending('pageMunicipalite', {
        verdict: 'allowed-if',
        contact: 'administration',
        ...stu,
        sections: ['roles', 'presenceWeb'],
        quotes: [
          quoteList(administrationResponsable, 'pageFacebook'),
          { section: 'presenceWeb', text: aviser },
          { section: 'presenceWeb', text: droitImage },
        ],
      }),
    },
    autorise: {
      type: 'final',
      meta: ending('autorise', {
        verdict: 'allowed-if',
        contact: 'sdle',
        ...stu,
        sections: ['presenceWeb'],
        quotes: [
          { section: 'presenceWeb', text: sdle },
          { section: 'presenceWeb', text: aviser },
        ],
        given: enSonNom,
      }),
    },
    sansAutorisation: {
      type: 'final',
      meta: ending('sansAutorisation', {
        verdict: 'not-allowed',
        contact: 'sdle',
        ...stu,
        sections: ['presenceWeb', 'consequences'],
        quotes: [
          { section: 'presenceWeb', text: sdle },
          { section: 'consequences', text: retirer },
        ],
        given: enSonNom,
      }),
    },
    identificationAVerifier: {
      type: 'final',
      meta: ending('identificationAVerifier', {
        verdict: 'ask',
        contact: 'sdle',
        ...stu,
        sections: ['presenceWeb'],
        quotes: [{ section: 'presenceWeb', text: sdle }],
        given: enSonNom,
      }),
    },
    nonIdentifie: {
      type: 'final',
      meta: ending('nonIdentifie', {
        verdict: 'ask',
        contact: 'superieur',
        ...stu,
        sections: ['presenceWeb', 'respect', 'confidentialite', 'roles'],
        quotes: [
          { section: 'presenceWeb', text: sdle },
          { section: 'respect', text: viePrivee },
          { section: 'confidentialite', text: confidentiels },
        ],
      }),
    },
    nonIdentifieBenevole: {
      type: 'final',
      meta: ending('nonIdentifieBenevole', {
        verdict: 'ask',
        contact: 'sdle',
        ...stu,
        sections: ['presenceWeb', 'objectifs'],
        quotes: [
          { section: 'presenceWeb', text: sdle },
          { section: 'objectifs', text: employes },
        ],
        given: enSonNom,
      }),
    },
  },
});

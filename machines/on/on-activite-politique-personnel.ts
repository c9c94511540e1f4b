import { ending, question, scenarioSetup } from '../../engine/model';

const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
const droit =
  'En vertu de la Loi de 2006 sur la fonction publique de l’Ontario (LFPO), un fonctionnaire qui travaille au bureau d’un ministre a le droit de s’engager dans des activités politiques.';
const heuresRessources =
  'Toutefois, le personnel ministériel ne doit pas s’engager dans des activités politiques sur les médias sociaux pendant les heures de travail et ne doit pas utiliser les ressources, les équipements et le matériel du gouvernement pour soutenir ses activités politiques.';
const integrite =
  'Pour toute question sur vos obligations à ce sujet, veuillez communiquer avec le Bureau du commissaire à l’intégrité ou un responsable de l’éthique.';
const avertissement =
  'L’ajout d’un avertissement, comme « les opinions énoncées sont les miennes », peut clarifier le fait que votre compte n’exprime en aucun cas l’opinion du gouvernement. Toutefois, cette précaution ne limite en rien vos obligations et vos responsabilités en tant que fonctionnaire.';
const conformer =
  'Toutefois, comme le personnel ministériel de la FPO, les membres du personnel des bureaux des ministres doivent se conformer aux exigences de la LFPO et respecter en tout point leur serment ou affirmation solennelle d’entrée en fonction lorsqu’ils utilisent les médias sociaux.';

const sectionsPolitique = ['activitesPolitiques', 'elementsBureau', 'risques'];

/**
 * Political activity and other posts on one's own accounts. « Participation à des activités
 * politiques » gives the right to a public servant working in a minister's office, then
 * restricts « le personnel ministériel »: read as that office staff (the « Toutefois »);
 * whether OPS ministry staff are meant too is unclear, so they get `ask`. The guidelines
 * define neither « activités politiques » nor « heures de travail »: each has a « pas sûr »
 * answer leading to `ask`. Resources are asked before hours so the machine stays flat.
 */
export default scenarioSetup.createMachine({
  id: 'on-activite-politique-personnel',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['personnel-bureau', 'personnel-fpo']),
      on: { 'personnel-bureau': 'quoi', 'personnel-fpo': 'fpoAVerifier' },
    },
    quoi: {
      meta: question('quoi', ['activite-politique', 'pas-sur', 'autre-publication'], { hint: true }),
      on: { 'activite-politique': 'ressources', 'pas-sur': 'activiteAVerifier', 'autre-publication': 'autrePublicationAVerifier' },
    },
    ressources: {
      meta: question('ressources', ['oui', 'non'], { hint: true }),
      on: { oui: 'ressourcesNon', non: 'heures' },
    },
    heures: {
      meta: question('heures', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'heuresNon', non: 'activiteOui', 'pas-sur': 'heuresAVerifier' },
    },
    fpoAVerifier: {
      type: 'final',
      meta: ending('fpoAVerifier', {
        verdict: 'ask',
        contact: 'integrity',
        ...on,
        sections: ['activitesPolitiques', 'elementsBureau', 'apercu'],
        quotes: [
          { section: 'activitesPolitiques', text: droit },
          { section: 'activitesPolitiques', text: heuresRessources },
          { section: 'activitesPolitiques', text: integrite },
        ],
      }),
    },
    activiteAVerifier: {
      type: 'final',
      meta: ending('activiteAVerifier', {
        verdict: 'ask',
        contact: 'integrity',
        ...on,
        sections: sectionsPolitique,
        quotes: [
          { section: 'activitesPolitiques', text: heuresRessources },
          { section: 'activitesPolitiques', text: integrite },
        ],
      }),
    },
    autrePublicationAVerifier: {
      type: 'final',
      meta: ending('autrePublicationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...on,
        sections: ['elementsBureau', 'risques', 'misesEnSituation'],
        quotes: [
          { section: 'elementsBureau', text: conformer },
          {
            section: 'elementsBureau',
            text: 'Veuillez vous reporter à la section Utilisation personnelle des médias sociaux pour connaître les directives relatives à la publication et au partage de contenu.',
          },
          {
            section: 'elementsBureau',
            text: 'Contrairement aux comptes personnels des fonctionnaires du gouvernement, les comptes des membres du personnel des bureaux des ministres sont susceptibles d’être surveillés de plus près par les médias. Les risques d’exposition négative sont accrus si l’on y publie des renseignements controversés ou contradictoires.',
          },
        ],
      }),
    },
    ressourcesNon: {
      type: 'final',
      meta: ending('ressourcesNon', {
        verdict: 'not-allowed',
        contact: 'integrity',
        ...on,
        sections: sectionsPolitique,
        quotes: [
          { section: 'activitesPolitiques', text: droit },
          { section: 'activitesPolitiques', text: heuresRessources },
        ],
      }),
    },
    heuresNon: {
      type: 'final',
      meta: ending('heuresNon', {
        verdict: 'not-allowed',
        contact: 'integrity',
        ...on,
        sections: sectionsPolitique,
        quotes: [
          { section: 'activitesPolitiques', text: droit },
          { section: 'activitesPolitiques', text: heuresRessources },
        ],
      }),
    },
    heuresAVerifier: {
      type: 'final',
      meta: ending('heuresAVerifier', {
        verdict: 'ask',
        contact: 'integrity',
        ...on,
        sections: sectionsPolitique,
        quotes: [
          { section: 'activitesPolitiques', text: heuresRessources },
          { section: 'activitesPolitiques', text: integrite },
        ],
      }),
    },
    activiteOui: {
      type: 'final',
      meta: ending('activiteOui', {
        verdict: 'allowed',
        contact: 'integrity',
        ...on,
        sections: [...sectionsPolitique, 'misesEnSituation'],
        quotes: [
          { section: 'activitesPolitiques', text: droit },
          { section: 'activitesPolitiques', text: heuresRessources },
          { section: 'risques', text: avertissement },
        ],
      }),
    },
  },
});

import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { autorisationSG as autorisationFait } from './facts';

const cest = { document: 'cest' };

// Quotes: cest-secretariat.txt, word for word (test/policies/quotes.test.ts).
const autorisationSG =
  "Avant de vous engager dans toute activité professionnelle liée à l'organisation sur un média social, vous devez obtenir l'autorisation de la Secrétaire générale.";
const fonctionnalites =
  "Si vous êtes chargé d'administrer un compte ou de publier du contenu sur une page de la Commission, assurez-vous de bien comprendre les fonctionnalités du médium utilisé et d'utiliser ces fonctionnalités dans le respect de la présente politique.";
const netiquette = "La NETiquette est présentée aux utilisateurs sur toute page d'un média social administrée par la Commission.";
const motsDePasse =
  "Conservez confidentiels les mots de passe permettant l'accès aux comptes et ne les divulguez que suivant une autorisation en vertu de l'article 3 de la présente politique.";

/** Article 3 first (the Secrétaire générale's authorisation), then the duties of articles 6, 12–14. */
export default scenarioSetup.createMachine({
  id: 'cest-administrer-page',
  initial: 'autorisation',
  states: {
    autorisation: {
      meta: factQuestion('autorisation', autorisationFait, { hint: true }),
      on: { oui: 'obligationsAdministrateur', non: 'sansAutorisation', 'pas-sur': 'sansAutorisation' },
    },
    obligationsAdministrateur: {
      type: 'final',
      meta: ending('obligationsAdministrateur', {
        verdict: 'required',
        contact: 'sg',
        ...cest,
        sections: ['art6', 'art12', 'art13', 'art14', 'art3'],
        quotes: [
          { section: 'art6', text: fonctionnalites },
          { section: 'art13', text: netiquette },
          { section: 'art14', text: motsDePasse },
        ],
        checklist: ['commentaireNegatif', 'consentement', 'competences', 'erreur', 'controverse', 'conflitTiers', 'lois'],
      }),
    },
    sansAutorisation: {
      type: 'final',
      meta: ending('sansAutorisation', {
        verdict: 'not-allowed',
        contact: 'sg',
        ...cest,
        sections: ['art3'],
        quotes: [{ section: 'art3', text: autorisationSG }],
      }),
    },
  },
});

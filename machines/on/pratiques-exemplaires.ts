// The endings of on-publier-compte-ministre that are the guidelines' own examples
// (« Pratiques d'utilisation exemplaires »), and the passages its other endings quote too.
import { ending } from '../../engine/model';
import { policyList, quoteList, type PolicyList } from '../../engine/quotes';

export const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
export const circonstances = 'Le caractère approprié de l’utilisation des médias sociaux est déterminé selon des circonstances précises.';
export const exemples = 'Voici quelques exemples pour vous guider dans l’utilisation d’un compte en tant que ministre.';
/** The lead-ins of each section's two lists, quoted with the example so that it shows which list it is on. */
const approprie = 'À titre d’exemple, il serait approprié :';
const inapproprie = 'Par contre, comme cela irait à l’encontre des politiques et principes en vigueur, il serait inapproprié :';

/** « Publication de contenu lié au travail ou au ministère » */
export const approprieTravail = policyList('pratiquesTravail', approprie, {
  promouvoir: 'de promouvoir le travail du ministère',
  retransmettre: 'de retransmettre du contenu publié par le ministère et des documents à partager portant sur une nouvelle initiative',
  tiers: 'de diffuser du contenu approprié provenant d’intervenants ou de tiers',
  supprimerRenseignements:
    'de supprimer tout renseignement personnel de la demande reçue par l’entremise des médias sociaux avant de l’acheminer par l’entremise des sites gouvernementaux',
});
export const inapproprieTravail = policyList('pratiquesTravail', inapproprie, {
  connexionFpo:
    'de demander au personnel de la fonction publique de l’Ontario de se connecter au compte pour répondre aux questions au nom du ministre',
  acheminerSansConsentement: 'd’acheminer les renseignements personnels d’un particulier par le biais d’un site gouvernemental sans son consentement',
  photosFpo: 'd’utiliser des photos du personnel de la fonction publique de l’Ontario dans du contenu publié sans leur consentement',
});
/** « Publication de renseignements liés au lieu de travail » */
export const approprieLieuTravail = policyList('pratiquesLieuTravail', approprie, {
  evenement: 'de publier des photos ou un message contenant les faits saillants d’un congrès ou d’un événement',
  reussite: 'de partager l’histoire de la réussite d’une initiative ministérielle',
});
export const inapproprieLieuTravail = policyList('pratiquesLieuTravail', inapproprie, {
  electeur: 'de publier des renseignements personnels ou confidentiels au sujet d’un électeur',
  inexact: 'de formuler des affirmations inexactes ou fausses',
});
/** « Publication de contenu personnel » */
export const appropriePersonnel = policyList('pratiquesPersonnel', approprie, {
  loisir: 'de parler d’une activité ou d’un loisir personnel non lié au travail',
  famille: 'de partager des anecdotes et des photos de famille',
  echanger: 'd’échanger avec le public sur un ton professionnel ou personnel',
});
export const inappropriePersonnel = policyList('pratiquesPersonnel', inapproprie, {
  affaires: 'de parler d’une occasion d’affaires dans le but d’avantager un ami ou un membre de votre famille',
  photoInappropriee: 'de diffuser ou d’identifier une photo au contenu inapproprié ou peu professionnel',
  droitsAuteur: 'de diffuser du contenu protégé par des droits d’auteur sans en indiquer la source',
});

/** « Service à la clientèle »: what forwarding a request from the public yourself takes. */
export const transmettreDemande = policyList(
  'serviceClientele',
  'Si le bureau du ministre souhaite envoyer la demande au ministère ou à l’organisme concerné directement, il doit :',
  {
    consentement: 'obtenir le consentement de la personne qui a soumis la demande',
    retirer:
      'retirer tout renseignement personnel inutile de la demande avant de la transférer (par exemple, une photo de profil, des renseignements sur la carte de crédit)',
  },
);

/** « Aperçu »: what office staff post for the minister. */
const contenuAuNomDuMinistre =
  'Toutefois, le contenu publié par les membres du bureau d’un ministre au nom du ministre doit être conforme aux exigences de la Loi de 2006 sur la fonction publique de l’Ontario ainsi qu’aux règles relatives aux activités politiques autorisées pour les fonctionnaires.';
export const fpoGestion = 'Toutefois, le personnel ministériel de la FPO ne peut être responsable de la création ou de la gestion de ces comptes.';
const consentement =
  'En ce qui concerne les activités liées au travail, il est important de ne pas recueillir, publier ou divulguer de renseignements personnels ou confidentiels au sujet d’autres personnes sans avoir d’abord obtenu leur consentement.';
export const enCasDeDoute =
  'En cas de doute au sujet des autorisations requises pour la publication de contenu ou sur le caractère privé ou personnel d’un élément de contenu, veuillez communiquer avec la direction des communications du Cabinet du premier ministre ou consulter la Loi sur l’accès à l’information et la protection de la vie privée.';

/**
 * An example the guidelines call « approprié »: allowed, with the « circonstances précises » caveat
 * and, for office staff posting on the minister's behalf, the PSOA duty of « Aperçu ».
 */
export const exempleApproprie = <Item extends string>(state: string, list: PolicyList<Item>, example: Item) =>
  ({
    type: 'final',
    meta: ending(state, {
      verdict: 'allowed',
      contact: 'communications',
      ...on,
      sections: ['pratiques', list.section, 'apercu', 'misesEnSituation'],
      quotes: [{ section: 'pratiques', text: circonstances }, quoteList(list, example)],
    }),
  }) as const;

/** An example the guidelines call « inapproprié ». */
export const exempleInapproprie = <Item extends string>(
  state: string,
  list: PolicyList<Item>,
  example: Item,
  extra: { contact?: string; sections?: string[]; quotes?: { section: string; text: string }[] } = {},
) =>
  ({
    type: 'final',
    meta: ending(state, {
      verdict: 'not-allowed',
      contact: extra.contact ?? 'communications',
      ...on,
      sections: ['pratiques', list.section, ...(extra.sections ?? ['misesEnSituation'])],
      quotes: [quoteList(list, example), ...(extra.quotes ?? [])],
    }),
  }) as const;

/** The 17 examples, each its own ending, by the section that gives it. */
export const exampleEndings = {
  // « Publication de contenu lié au travail ou au ministère »
  promouvoirOui: exempleApproprie('promouvoirOui', approprieTravail, 'promouvoir'),
  retransmettreOui: exempleApproprie('retransmettreOui', approprieTravail, 'retransmettre'),
  tiersOui: exempleApproprie('tiersOui', approprieTravail, 'tiers'),
  retirerRenseignementsOui: {
    type: 'final',
    meta: ending('retirerRenseignementsOui', {
      verdict: 'allowed-if',
      contact: 'premierCommunications',
      ...on,
      sections: ['pratiques', 'pratiquesTravail', 'serviceClientele', 'collecte', 'apercu', 'misesEnSituation'],
      quotes: [
        quoteList(approprieTravail, 'supprimerRenseignements'),
        quoteList(transmettreDemande, 'consentement'),
        { section: 'collecte', text: enCasDeDoute },
      ],
    }),
  },
  connexionFpoNon: exempleInapproprie('connexionFpoNon', inapproprieTravail, 'connexionFpo', {
    sections: ['comptesMinistres', 'serviceClientele', 'misesEnSituation'],
    quotes: [{ section: 'comptesMinistres', text: fpoGestion }],
  }),
  acheminerSansConsentementNon: exempleInapproprie('acheminerSansConsentementNon', inapproprieTravail, 'acheminerSansConsentement', {
    sections: ['serviceClientele', 'collecte', 'misesEnSituation'],
    quotes: [
      {
        section: 'serviceClientele',
        text: 'vous devriez rediriger la personne vers le ministère ou l’organisme gouvernemental concerné pour qu’elle puisse obtenir de l’aide.',
      },
      { section: 'collecte', text: enCasDeDoute },
    ],
  }),
  photosFpoNon: exempleInapproprie('photosFpoNon', inapproprieTravail, 'photosFpo', { contact: 'premierCommunications', sections: ['collecte'] }),

  // « Publication de renseignements liés au lieu de travail »
  evenementCondition: {
    type: 'final',
    meta: ending('evenementCondition', {
      verdict: 'allowed-if',
      contact: 'premierCommunications',
      ...on,
      sections: ['pratiques', 'pratiquesLieuTravail', 'collecte', 'apercu'],
      quotes: [
        { section: 'pratiques', text: circonstances },
        quoteList(approprieLieuTravail, 'evenement'),
        { section: 'collecte', text: consentement },
      ],
    }),
  },
  reussiteOui: exempleApproprie('reussiteOui', approprieLieuTravail, 'reussite'),
  electeurNon: exempleInapproprie('electeurNon', inapproprieLieuTravail, 'electeur', {
    contact: 'premierCommunications',
    sections: ['collecte'],
    quotes: [{ section: 'collecte', text: enCasDeDoute }],
  }),
  inexactNon: exempleInapproprie('inexactNon', inapproprieLieuTravail, 'inexact'),

  // « Publication de contenu personnel »
  loisirOui: exempleApproprie('loisirOui', appropriePersonnel, 'loisir'),
  familleOui: exempleApproprie('familleOui', appropriePersonnel, 'famille'),
  echangerOui: exempleApproprie('echangerOui', appropriePersonnel, 'echanger'),
  affairesNon: exempleInapproprie('affairesNon', inappropriePersonnel, 'affaires'),
  photoInapproprieeNon: exempleInapproprie('photoInapproprieeNon', inappropriePersonnel, 'photoInappropriee'),
  droitsAuteurNon: exempleInapproprie('droitsAuteurNon', inappropriePersonnel, 'droitsAuteur'),
} as const;

/**
 * Partisan content on the minister's account, not one of the examples: the minister may post
 * it as an MPP (« Aperçu »); office staff posting it for the minister: « Aperçu » (PSOA and the
 * rules on political activity permitted for public servants) read with « Participation à des
 * activités politiques ». Used by on-publier-compte-ministre and on-partage-mention-jaime.
 */
export const partisanEndings = {
  partisanMinistreOui: {
    type: 'final',
    meta: ending('partisanMinistreOui', {
      verdict: 'allowed',
      contact: 'communications',
      ...on,
      sections: ['apercu', 'comptesMinistres', 'partage', 'misesEnSituation'],
      quotes: [
        {
          section: 'apercu',
          text: 'En outre, la loi précise que les députés provinciaux peuvent publier tout contenu susceptible d’intéresser leurs partisans. Par exemple, ils pourraient partager du contenu lié à leur portefeuille de député, aux politiques, programmes et initiatives du gouvernement ou du contenu à caractère partisan.',
        },
        {
          section: 'partage',
          text: 'Toutefois, un compte officiel d’un ministère ne doit pas publier ou retransmettre de contenu à caractère partisan ou de contenu provenant du compte personnel d’un ministre, ni utiliser la mention « J’aime » ou interagir avec le compte.',
        },
      ],
    }),
  },
  partisanBureauCondition: {
    type: 'final',
    meta: ending('partisanBureauCondition', {
      verdict: 'allowed-if',
      contact: 'integrity',
      ...on,
      sections: ['apercu', 'activitesPolitiques', 'risques'],
      quotes: [
        { section: 'apercu', text: contenuAuNomDuMinistre },
        {
          section: 'activitesPolitiques',
          text: 'Toutefois, le personnel ministériel ne doit pas s’engager dans des activités politiques sur les médias sociaux pendant les heures de travail et ne doit pas utiliser les ressources, les équipements et le matériel du gouvernement pour soutenir ses activités politiques.',
        },
      ],
    }),
  },
} as const;

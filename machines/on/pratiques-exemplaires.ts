// The endings of on-publier-compte-ministre that are the guidelines' own examples
// (« Pratiques d'utilisation exemplaires »), and the passages its other endings quote too.
import { ending } from '../../engine/model';

export const on = { document: 'on' };

// Quotes: ontario-ministres.txt, word for word (test/policies/quotes.test.ts).
export const circonstances = 'Le caractère approprié de l’utilisation des médias sociaux est déterminé selon des circonstances précises.';
export const exemples = 'Voici quelques exemples pour vous guider dans l’utilisation d’un compte en tant que ministre.';
/** The lead-ins of the two lists, so that a quoted example shows which list it is on. */
const approprie = { section: 'pratiques', text: 'À titre d’exemple, il serait approprié :' } as const;
const inapproprie = { section: 'pratiques', text: 'Par contre, comme cela irait à l’encontre des politiques et principes en vigueur, il serait inapproprié :' } as const;
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
export const exempleApproprie = (state: string, section: string, example: string) =>
  ({
    type: 'final',
    meta: ending(state, {
      verdict: 'allowed',
      contact: 'communications',
      ...on,
      sections: ['pratiques', section, 'apercu', 'misesEnSituation'],
      quotes: [
        { section: 'pratiques', text: circonstances },
        approprie,
        { section, text: example },
      ],
    }),
  }) as const;

/** An example the guidelines call « inapproprié ». */
export const exempleInapproprie = (
  state: string,
  section: string,
  example: string,
  extra: { contact?: string; sections?: string[]; quotes?: { section: string; text: string }[] } = {},
) =>
  ({
    type: 'final',
    meta: ending(state, {
      verdict: 'not-allowed',
      contact: extra.contact ?? 'communications',
      ...on,
      sections: ['pratiques', section, ...(extra.sections ?? ['misesEnSituation'])],
      quotes: [inapproprie, { section, text: example }, ...(extra.quotes ?? [])],
    }),
  }) as const;

/** The 17 examples, each its own ending, by the section that gives it. */
export const exampleEndings = {
  // « Publication de contenu lié au travail ou au ministère »
  promouvoirOui: exempleApproprie('promouvoirOui', 'pratiquesTravail', 'de promouvoir le travail du ministère'),
  retransmettreOui: exempleApproprie(
    'retransmettreOui',
    'pratiquesTravail',
    'de retransmettre du contenu publié par le ministère et des documents à partager portant sur une nouvelle initiative',
  ),
  tiersOui: exempleApproprie('tiersOui', 'pratiquesTravail', 'de diffuser du contenu approprié provenant d’intervenants ou de tiers'),
  retirerRenseignementsOui: {
    type: 'final',
    meta: ending('retirerRenseignementsOui', {
      verdict: 'allowed-if',
      contact: 'premierCommunications',
      ...on,
      sections: ['pratiques', 'pratiquesTravail', 'serviceClientele', 'collecte', 'apercu', 'misesEnSituation'],
      quotes: [
        approprie,
        {
          section: 'pratiquesTravail',
          text: 'de supprimer tout renseignement personnel de la demande reçue par l’entremise des médias sociaux avant de l’acheminer par l’entremise des sites gouvernementaux',
        },
        {
          section: 'serviceClientele',
          text: 'obtenir le consentement de la personne qui a soumis la demande',
        },
        { section: 'collecte', text: enCasDeDoute },
      ],
    }),
  },
  connexionFpoNon: exempleInapproprie(
    'connexionFpoNon',
    'pratiquesTravail',
    'de demander au personnel de la fonction publique de l’Ontario de se connecter au compte pour répondre aux questions au nom du ministre',
    {
      sections: ['comptesMinistres', 'serviceClientele', 'misesEnSituation'],
      quotes: [{ section: 'comptesMinistres', text: fpoGestion }],
    },
  ),
  acheminerSansConsentementNon: exempleInapproprie(
    'acheminerSansConsentementNon',
    'pratiquesTravail',
    'd’acheminer les renseignements personnels d’un particulier par le biais d’un site gouvernemental sans son consentement',
    {
      sections: ['serviceClientele', 'collecte', 'misesEnSituation'],
      quotes: [
        {
          section: 'serviceClientele',
          text: 'vous devriez rediriger la personne vers le ministère ou l’organisme gouvernemental concerné pour qu’elle puisse obtenir de l’aide.',
        },
        { section: 'collecte', text: enCasDeDoute },
      ],
    },
  ),
  photosFpoNon: exempleInapproprie(
    'photosFpoNon',
    'pratiquesTravail',
    'd’utiliser des photos du personnel de la fonction publique de l’Ontario dans du contenu publié sans leur consentement',
    { contact: 'premierCommunications', sections: ['collecte'] },
  ),

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
        approprie,
        { section: 'pratiquesLieuTravail', text: 'de publier des photos ou un message contenant les faits saillants d’un congrès ou d’un événement' },
        { section: 'collecte', text: consentement },
      ],
    }),
  },
  reussiteOui: exempleApproprie('reussiteOui', 'pratiquesLieuTravail', 'de partager l’histoire de la réussite d’une initiative ministérielle'),
  electeurNon: exempleInapproprie(
    'electeurNon',
    'pratiquesLieuTravail',
    'de publier des renseignements personnels ou confidentiels au sujet d’un électeur',
    { contact: 'premierCommunications', sections: ['collecte'], quotes: [{ section: 'collecte', text: enCasDeDoute }] },
  ),
  inexactNon: exempleInapproprie('inexactNon', 'pratiquesLieuTravail', 'de formuler des affirmations inexactes ou fausses'),

  // « Publication de contenu personnel »
  loisirOui: exempleApproprie('loisirOui', 'pratiquesPersonnel', 'de parler d’une activité ou d’un loisir personnel non lié au travail'),
  familleOui: exempleApproprie('familleOui', 'pratiquesPersonnel', 'de partager des anecdotes et des photos de famille'),
  echangerOui: exempleApproprie('echangerOui', 'pratiquesPersonnel', 'd’échanger avec le public sur un ton professionnel ou personnel'),
  affairesNon: exempleInapproprie(
    'affairesNon',
    'pratiquesPersonnel',
    'de parler d’une occasion d’affaires dans le but d’avantager un ami ou un membre de votre famille',
  ),
  photoInapproprieeNon: exempleInapproprie(
    'photoInapproprieeNon',
    'pratiquesPersonnel',
    'de diffuser ou d’identifier une photo au contenu inapproprié ou peu professionnel',
  ),
  droitsAuteurNon: exempleInapproprie(
    'droitsAuteurNon',
    'pratiquesPersonnel',
    'de diffuser du contenu protégé par des droits d’auteur sans en indiquer la source',
  ),
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

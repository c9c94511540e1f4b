// The passages of policies/baie-comeau.txt that the Baie-Comeau scenarios quote, word for
// word (test/policies/quotes.test.ts checks each one), named by section.
import { policyList } from '../../engine/quotes';

export const vbc = { document: 'vbc' };

// Section 1 – Volet interne (introduction)
export const sAjoute =
  "Elle s'ajoute à la « Politique relative à l'utilisation des systèmes électroniques à des fins de communication à la Ville de Baie-Comeau ».";

// 2.2. Utilisateurs
export const utilisateurs = 'Tout individu qui exécute un travail avec ou sans rémunération pour la Municipalité.';

// 2.3. Clientèle
export const clienteleDefinition = 'Le terme clientèle inclut notamment les citoyens, les fournisseurs, les contribuables et les visiteurs.';

// 3.1. Énoncé général
export const enToutTemps = "La présente politique s'applique en tout temps, soit durant et en dehors des heures de travail.";
export const proposInterdits =
  "Il est formellement interdit de faire la propagation de propos diffamatoires, d'émettre ou de propager des commentaires désobligeants ou de faire preuve de harcèlement au sujet de la Municipalité, d'un élu, d'un supérieur, d'un comité, d'un collègue de travail ou d'un membre.";
export const sansNom = 'Le fait de ne pas mentionner le nom de la personne ou de la clientèle ne vous dégage pas de vos responsabilités.';

// 3.2. Responsabilité personnelle
export const responsablePublication = "L'utilisateur est personnellement responsable de toute publication qu'il fait par l'intermédiaire d'un média social.";
export const responsableAdresseVille =
  "L'utilisateur est également personnellement responsable de toute autre activité qu'il effectue en ligne avec une adresse électronique de la Municipalité ou pouvant mener au domaine de la Municipalité ou qui utilise les actifs de la Municipalité.";
export const logo =
  "L'utilisation du logo de la Municipalité dans les médias sociaux doit avoir préalablement été autorisée par la Division des communications ou de la Direction générale, le cas échéant.";
export const affiliation = "La mention de l'affiliation professionnelle est permise.";

// 3.2.1 Utilisation d'une adresse professionnelle
export const sousEntend =
  "L'adresse électronique de la Municipalité jointe au nom d'utilisateur sous-entend que l'utilisateur agit pour le compte de la Municipalité.";
export const gestesPublics =
  "Lorsque les utilisateurs utilisent l'adresse de la Municipalité ou les actifs de la Municipalité pour s'exprimer par l'intermédiaire d'un média social, tous leurs gestes sont publics et ils devraient protéger leur réputation personnelle de même que la réputation de la Municipalité. Les utilisateurs seront tenus entièrement responsables de toutes ces activités.";

// 3.2.2 Utilisation d'une adresse personnelle
export const pasSanctionnees =
  "Les activités en ligne effectuées par l'utilisateur par l'intermédiaire de réseaux sociaux personnels avec une adresse électronique personnelle, au bureau et/ou via les outils informatiques fournis par l'employeur ne devraient pas sembler avoir été sanctionnées par la Municipalité ou provenir de celle-ci.";
export const lieeALaVille =
  "Les activités en ligne de l'utilisateur sont ultimement liées à la Municipalité, que ce soit sur le plan technologique ou au moyen d'un hyperlien ou simplement par association, peu importe si l'utilisateur choisit ou non de mentionner la Municipalité dans le cadre de son activité de réseautage en ligne personnelle.";
export const discrediter = 'Les utilisateurs ne devraient poser aucun geste pouvant les discréditer ou discréditer la Municipalité.';

// 3.3. Sites de médias sociaux de la Municipalité
export const sitesRelevent =
  "Les sites de médias sociaux de la Municipalité relèvent de la Division des communications ou de la Direction générale, le cas échéant, et seront gérés et maintenus par l'équipe des communications dans le cadre de leur mandat visant à gérer le site Internet de la Municipalité et la présence de celui-ci en ligne.";
export const personneNePeutModifier =
  "Personne ne peut modifier les sites de médias sociaux de la Municipalité sans avoir obtenu au préalable l'approbation de la Division des communications ou de la Direction générale, le cas échéant.";

// 3.4. Protection des renseignements personnels et confidentiels
export const aucunRenseignement = 'Les utilisateurs ne devraient divulguer aucun renseignement personnel.';
export const confidentiels =
  "Les utilisateurs ne peuvent divulguer ou utiliser les renseignements confidentiels ou exclusifs de la Municipalité ou de la clientèle dans toute forme de médias en ligne, à moins d'avoir obtenu au préalable un consentement écrit de la Municipalité ou de la clientèle, le cas échéant.";
export const poursuite =
  'Le fait de partager ce genre de renseignements, même de façon non intentionnelle, peut entraîner une poursuite contre vous, la Municipalité ou la clientèle.';
export const proteger =
  'Les utilisateurs doivent protéger les renseignements personnels des tiers, de la clientèle et autres utilisateurs de même que les avis des autres.';
export const consentement =
  'Les utilisateurs doivent obtenir un consentement avant de partager un commentaire, un article, une photo ou une vidéo sur la clientèle par l\'intermédiaire de tout type de média social.';
export const verifierFaits = 'Ne faites aucune communication fausse ou trompeuse. Vérifiez les faits avant de les publier sur un média social.';

// 4. Accès
export const accesApprobation =
  'Après approbation de la Direction générale, les utilisateurs auront accès aux médias sociaux, depuis leur poste de travail, y compris Facebook, Twitter, LinkedIn et les blogues, dans le cadre des initiatives de la Municipalité sur les médias sociaux.';
export const accesPortable =
  'La Municipalité reconnaît que les utilisateurs peuvent accéder aux médias sociaux depuis leur ordinateur portable ou leur appareil mobile.';
export const accesLimiter = "La Municipalité conserve son droit de limiter en tout temps l'accès à des sites Internet, incluant les médias sociaux.";

// 5. Sanctions
export const sanctions =
  "Un manquement aux obligations prévues dans la présente politique peut entraîner des sanctions allant, selon la gravité de la violation, d'une réprimande au congédiement.";

// Section 2 – Volet externe (introduction)
export const dansUneCertaineMesure =
  "Elle s'adresse principalement aux employés municipaux, et, dans une certaine mesure, aux membres du conseil municipal.";

// 6. Ligne éditoriale
export const neutre =
  'Ainsi, la VBC s\'assure de rester neutre, d\'un point de vue politique et sur des sujets délicats ou controversés, dans ses messages publiés sur les médias sociaux.';
export const commentairesAdministration =
  "Cependant, la VBC peut parfois diffuser des commentaires en lien avec son administration ou concernant ses services municipaux. Dans ces situations, la Direction générale est avisée et l'objectif principal de ces messages est d'améliorer la compréhension ou apporter des précisions aux citoyens.";

// 7. Objectifs
export const objectifs = policyList('objectifs', 'Plusieurs objectifs sont recherchés par la VBC en utilisant les médias sociaux :', {
  connaissance: 'Augmenter la connaissance des informations disponibles en permanence sur le site Internet',
  urgence:
    "Diffuser des avis ou des messages d'intérêt public importants à la population, notamment dans des situations d'urgence telles que les coupures d'eau, les avis d'ébullition et les pannes d'électricité",
  notoriete: "Accroître la notoriété et dynamiser l'image de la Ville de Baie-Comeau auprès de ses citoyens et des visiteurs",
  evenements: "Promouvoir la tenue d'événements ou d'activités sur le territoire",
  services: "Informer les citoyens des différents services municipaux ou d'information municipale ciblée",
  appartenance: "Accroître le sentiment d'appartenance des citoyens, la mobilisation du milieu et la participation citoyenne",
  participation: 'Encourager la participation citoyenne sur nos plateformes, notamment par des messages privés ou par le biais de nos publications.',
}, ';');
export const objectifUrgence = objectifs.items.urgence;

// 8. Plateformes utilisées et gestionnaires
export const gestionnairePrincipal =
  'La VBC est active sur différentes plateformes et son gestionnaire principal est le coordonnateur aux communications de la Ville de Baie-Comeau.';
export const seulsComptesOfficiels =
  'Voici la liste des seuls comptes officiels et autorisés par notre Municipalité, ainsi que le service associé à ceux-ci';

// 9. Contenu et stratégie, règles 1) à 3)
export const regle3Titre = 'Publier du contenu uniquement relié à la Ville de Baie-Comeau ou à ses partenaires';
export const frequence = 'À moins de situations exceptionnelles, nous publions 1 à 2 fois par jour au maximum.';
export const pertinence =
  "Avant de publier, il y a une réflexion sur la pertinence de l'information à transmettre. Est-ce intéressant pour le citoyen? Est-ce important de lui communiquer? Est-ce que cela s'adresse à une proportion importante de la population? Si nous jugeons que ça ne répond pas vraiment à ces questions, nous nous abstenons de publier sur les médias sociaux.";
export const equite =
  "Par souci d'équité et surtout de respect envers nos citoyens, la Ville de Baie-Comeau limite ses publications à de l'information municipale et touristique, à des demandes d'organisations avec lesquelles elle a un partenariat/entente ainsi qu'à des messages qu'elle juge d'intérêt public pour la population ou les touristes.";

// 10. Interactions avec les utilisateurs et nétiquette
export const messagePrive =
  "Lorsqu'un utilisateur transmet un message Facebook en privé à la VBC, un délai moyen de 24 à 48 heures est établi pour y répondre. Un message automatique est transmis à l'utilisateur pour se référer à notre service à la clientèle si sa demande nécessite un suivi plus rapide";
export const soutienService =
  "Lorsqu'une interaction avec un utilisateur, en privé ou sur une publication, nécessite plus de soutien de la part d'un service municipal, le gestionnaire des médias sociaux s'assure de faire un suivi et de référer cette personne au service à la clientèle";
export const questionneFortement =
  "Lorsqu'un utilisateur réagit et questionne fortement dans les commentaires d'une publication, ou en privé, le gestionnaire des médias sociaux s'assure de demeurer professionnel, calme, poli et de trouver une piste de solution.";
export const pasTousRepondus =
  "La majorité des commentaires expressifs, voire même négatifs, qui sont affichés sur notre page ne sont pas tous répondus par respect de la liberté d'expression ainsi que par gestion des priorités.";
export const insultants =
  'Cependant, notons que les messages insultants, disgracieux, discriminatoires et diffamatoires ne sont pas tolérés; un filtre à injures masque la plupart de ceux-ci dès l\'affichage et les autres sont effacés dès qu\'ils sont signalés et remarqués. Par la suite, un avertissement est donné à l\'utilisateur et, au besoin, il est banni de notre page Facebook';
export const netiquette =
  "Comme la VBC n'endosse pas les propos partagés par les personnes abonnées à ses médias sociaux, une nétiquette a été ajoutée sur Facebook afin d'aider le gestionnaire des médias sociaux face à des situations problématiques lors d'interactions avec des utilisateurs";

// 11. Éthique du personnel et du conseil municipal
export const seulsComptesRepondent =
  'Seuls les comptes officiels de la Ville de Baie-Comeau peuvent répondre au nom de la Ville. Les employés municipaux ne peuvent pas répondre au nom de la Ville de Baie-Comeau sur ou avec leurs médias sociaux personnels.';
export const prudence =
  'Par ailleurs, les employés de la Ville sont également invités à la prudence et à faire preuve de jugement dans leurs commentaires sur leurs médias sociaux personnels.';
export const conseilPasMemesContraintes = 'Les membres du conseil municipal ne sont pas assujettis aux mêmes contraintes que les employés de la Ville.';
export const opinionsPolitiques =
  "Les médias sociaux de la Ville de Baie-Comeau sont utilisés afin de véhiculer des informations relatives à l'administration municipale, ce qui n'inclut pas le volet politique. Ainsi, lorsqu'ils expriment leurs opinions politiques, les membres du conseil municipal devront le faire sur leurs comptes personnels tout en s'abstenant d'utiliser le logo de la Ville de Baie-Comeau.";

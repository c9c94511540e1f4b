import type { AnyStateMachine } from 'xstate';
import { cest } from './cest/organisation';
import { eq } from './eq/organisation';
import { on } from './on/organisation';
import { stu } from './stu/organisation';
import { vbc } from './vbc/organisation';
import type { Organisation } from '../engine/organisation';
import type { Theme } from '../engine/themes';

export type { Organisation };

/**
 * The scenario registry: one line per scenario. The machine is loaded with the page that
 * shows it; its texts are the i18next namespace named after its id
 * (`machines/<organisation>/<id>.fr.json`, `.en.json`), whose `title` and `keywords`
 * the home page lists.
 */
export interface ScenarioEntry {
  id: string;
  /** Organisation id (the organisation table below); its policy is the source document. */
  organisation: string;
  /** Audience roles of that organisation the scenario is for. */
  roles: string[];
  /**
   * When the scenario's first question is the user's role (the policy treats roles
   * differently): the answer each role gives there. The home page, which already lists
   * situations by role, then links straight to the step after it, so no one is asked twice.
   */
  roleAnswers?: Record<string, string>;
  /**
   * Comparison themes this scenario answers (`engine/themes.ts`): the mistake in a post,
   * photos of people, speaking for the employer, political opinions, social media at work,
   * reporting a doubtful comment. Its short answer for each is `compare.<theme>` in its texts.
   */
  themes?: Theme[];
  /** The XState machine (tests, build): the browser reads it as data instead (src/ui/scenarioCache.ts). */
  load: () => Promise<{ default: AnyStateMachine }>;
}

export const scenarios: ScenarioEntry[] = [
  { id: 'eq-relation-politique', organisation: 'eq', roles: ['ds', 'staff'], roleAnswers: { ds: 'ds', staff: 'personnel' }, load: () => import('./eq/eq-relation-politique') },
  { id: 'eq-publication-politique', organisation: 'eq', roles: ['ds', 'staff'], roleAnswers: { ds: 'ds', staff: 'personnel' }, themes: ['opinions-politiques'], load: () => import('./eq/eq-publication-politique') },
  { id: 'eq-menage-publications', organisation: 'eq', roles: ['ds', 'staff'], roleAnswers: { ds: 'ds', staff: 'personnel' }, load: () => import('./eq/eq-menage-publications') },
  { id: 'eq-amitie-coordination', organisation: 'eq', roles: ['ds'], load: () => import('./eq/eq-amitie-coordination') },
  { id: 'eq-suivre-partager', organisation: 'eq', roles: ['ds', 'staff'], load: () => import('./eq/eq-suivre-partager') },
  { id: 'eq-interpellation', organisation: 'eq', roles: ['ds'], themes: ['parler-au-nom', 'signalement'], load: () => import('./eq/eq-interpellation') },
  { id: 'eq-information-erronee', organisation: 'eq', roles: ['ds'], themes: ['signalement'], load: () => import('./eq/eq-information-erronee') },
  { id: 'eq-proposer-publication', organisation: 'eq', roles: ['ds'], load: () => import('./eq/eq-proposer-publication') },
  { id: 'eq-manquement-personnel', organisation: 'eq', roles: ['ds'], load: () => import('./eq/eq-manquement-personnel') },
  { id: 'on-mes1-liens-partage', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], load: () => import('./on/on-mes1-liens-partage') },
  { id: 'on-mes2-travail-communautaire', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], load: () => import('./on/on-mes2-travail-communautaire') },
  { id: 'on-mes3-diffusion-direct', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], load: () => import('./on/on-mes3-diffusion-direct') },
  { id: 'on-mes4-contenu-supplementaire', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], load: () => import('./on/on-mes4-contenu-supplementaire') },
  { id: 'on-trousse-deputes', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], load: () => import('./on/on-trousse-deputes') },
  { id: 'on-partage-mention-jaime', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], load: () => import('./on/on-partage-mention-jaime') },
  { id: 'on-publier-compte-ministre', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], roleAnswers: { minister: 'ministre', officeStaff: 'personnel-bureau', opsStaff: 'personnel-fpo' }, themes: ['opinions-politiques'], load: () => import('./on/on-publier-compte-ministre') },
  { id: 'on-gestion-compte-ministre', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], roleAnswers: { minister: 'ministre', officeStaff: 'personnel-bureau', opsStaff: 'personnel-fpo' }, load: () => import('./on/on-gestion-compte-ministre') },
  { id: 'on-demande-public', organisation: 'on', roles: ['minister', 'officeStaff'], load: () => import('./on/on-demande-public') },
  { id: 'on-activite-politique-personnel', organisation: 'on', roles: ['officeStaff', 'opsStaff'], roleAnswers: { officeStaff: 'personnel-bureau', opsStaff: 'personnel-fpo' }, themes: ['parler-au-nom', 'opinions-politiques', 'heures-travail'], load: () => import('./on/on-activite-politique-personnel') },
  { id: 'on-photos-consentement', organisation: 'on', roles: ['minister', 'officeStaff', 'opsStaff'], themes: ['photos'], load: () => import('./on/on-photos-consentement') },
  { id: 'cest-erreur-publication', organisation: 'cest', roles: ['employee'], themes: ['erreur'], load: () => import('./cest/cest-erreur-publication') },
  { id: 'cest-mot-de-passe', organisation: 'cest', roles: ['employee'], load: () => import('./cest/cest-mot-de-passe') },
  { id: 'cest-administrer-page', organisation: 'cest', roles: ['employee'], load: () => import('./cest/cest-administrer-page') },
  { id: 'cest-activite-organisation', organisation: 'cest', roles: ['employee'], themes: ['photos'], load: () => import('./cest/cest-activite-organisation') },
  { id: 'cest-usage-personnel', organisation: 'cest', roles: ['employee'], themes: ['parler-au-nom', 'opinions-politiques', 'heures-travail'], load: () => import('./cest/cest-usage-personnel') },
  { id: 'vbc-demande-promotion', organisation: 'vbc', roles: ['employee', 'manager'], load: () => import('./vbc/vbc-demande-promotion') },
  { id: 'vbc-publier-page-ville', organisation: 'vbc', roles: ['manager', 'employee'], load: () => import('./vbc/vbc-publier-page-ville') },
  { id: 'vbc-interaction-citoyen', organisation: 'vbc', roles: ['manager', 'employee'], roleAnswers: { manager: 'gestionnaire', employee: 'employe' }, themes: ['signalement'], load: () => import('./vbc/vbc-interaction-citoyen') },
  { id: 'vbc-repondre-au-nom-ville', organisation: 'vbc', roles: ['employee'], themes: ['parler-au-nom'], load: () => import('./vbc/vbc-repondre-au-nom-ville') },
  { id: 'vbc-elu-opinion', organisation: 'vbc', roles: ['council'], themes: ['opinions-politiques'], load: () => import('./vbc/vbc-elu-opinion') },
  { id: 'vbc-identite-employeur', organisation: 'vbc', roles: ['employee'], load: () => import('./vbc/vbc-identite-employeur') },
  { id: 'vbc-propos-personnes', organisation: 'vbc', roles: ['employee'], load: () => import('./vbc/vbc-propos-personnes') },
  { id: 'vbc-renseignements', organisation: 'vbc', roles: ['employee'], themes: ['photos'], load: () => import('./vbc/vbc-renseignements') },
  { id: 'vbc-acces-poste-travail', organisation: 'vbc', roles: ['employee'], themes: ['heures-travail'], load: () => import('./vbc/vbc-acces-poste-travail') },
  { id: 'vbc-compte-officiel', organisation: 'vbc', roles: ['employee', 'manager'], load: () => import('./vbc/vbc-compte-officiel') },
  { id: 'stu-heures-travail', organisation: 'stu', roles: ['employee'], themes: ['heures-travail'], load: () => import('./stu/stu-heures-travail') },
  { id: 'stu-inscription-courriel', organisation: 'stu', roles: ['employee'], load: () => import('./stu/stu-inscription-courriel') },
  { id: 'stu-photo-lieu-travail', organisation: 'stu', roles: ['employee', 'volunteer'], roleAnswers: { employee: 'employe', volunteer: 'benevole' }, themes: ['photos'], load: () => import('./stu/stu-photo-lieu-travail') },
  { id: 'stu-commentaire-douteux', organisation: 'stu', roles: ['employee'], themes: ['signalement'], load: () => import('./stu/stu-commentaire-douteux') },
  { id: 'stu-erreur', organisation: 'stu', roles: ['employee'], themes: ['erreur'], load: () => import('./stu/stu-erreur') },
  { id: 'stu-parler-au-nom', organisation: 'stu', roles: ['employee'], themes: ['parler-au-nom'], load: () => import('./stu/stu-parler-au-nom') },
  { id: 'stu-declaration-publique', organisation: 'stu', roles: ['employee'], themes: ['opinions-politiques'], load: () => import('./stu/stu-declaration-publique') },
  { id: 'stu-partager-information', organisation: 'stu', roles: ['employee'], load: () => import('./stu/stu-partager-information') },
  { id: 'stu-page-service', organisation: 'stu', roles: ['employee'], load: () => import('./stu/stu-page-service') },
];

export function findScenario(id: string): ScenarioEntry | undefined {
  return scenarios.find((s) => s.id === id);
}

/** The answers a user of this role has already given on arriving from the home page. */
export function answersForRole(entry: ScenarioEntry, role: string): string[] {
  const answer = entry.roleAnswers?.[role];
  return answer === undefined ? [] : [answer];
}

/** The organisation table, one line per organisation (each defined in its own folder). */
export const organisations: Organisation[] = [eq, on, cest, vbc, stu];

export function findOrganisation(id: string): Organisation | undefined {
  return organisations.find((o) => o.id === id);
}

/**
 * The themes of the cross-organisation comparison (`/fr/comparer/`): questions that
 * employees of every organisation ask, answered differently by each policy. A scenario
 * answering one lists it in its registry line (`themes`), and gives its short answer for it
 * in its texts, under `compare.<theme>`. A policy with no scenario for a theme is silent on it.
 */
export const THEMES = ['erreur', 'photos', 'parler-au-nom', 'opinions-politiques', 'heures-travail', 'signalement'] as const;
export type Theme = (typeof THEMES)[number];

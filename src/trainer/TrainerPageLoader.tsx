import { use, type ComponentProps } from 'react';
import { findScenario } from '../../machines/index';
import type { Language } from '../i18n/languages';
import type { Route } from '../routes';
import { download } from '../ui/downloads';
import { i18nFor, loadNamespaces } from '../ui/i18nInstances';
import { loadScenario } from '../ui/scenarioCache';
import { loadDagre } from './dagre';
import { loadScenarios } from './scenarios';
import { selectionFromSearch } from './selection';

type TrainerModule = typeof import('./TrainerPage');

/** The trainer's pages download with their own chunk (and dagre, for diagrams), never with the home or a question page. */
export function preloadTrainerPage(): Promise<TrainerModule> {
  return download('trainer-page', () => import('./TrainerPage'));
}

/** What a trainer page's first screen needs, started before the first render (src/main.tsx). */
export function preloadTrainerRoute(route: Route, lang: Language, search: string): Promise<unknown>[] {
  if (route.page !== 'trainer') return [];
  const ids = route.view === 'scenario' ? [route.id!] : route.view === 'home' ? [] : selectionFromSearch(search).ids;
  return [
    preloadTrainerPage(),
    loadNamespaces(lang, ['common', 'catalogue']),
    ...(route.view === 'home' ? [] : [loadDagre()]),
    ...ids.flatMap((id) => {
      const entry = findScenario(id);
      return entry ? [loadScenario(entry, i18nFor(lang))] : [];
    }),
    // The session and the handout wait for their scenarios together: the same download, started now.
    ...(route.view === 'session' || route.view === 'quiz' ? [loadScenarios(lang, ids)] : []),
  ];
}

export function TrainerPageLoader(props: ComponentProps<TrainerModule['TrainerPage']>) {
  const { TrainerPage } = use(preloadTrainerPage());
  return <TrainerPage {...props} />;
}

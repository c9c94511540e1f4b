import { lazy, type ComponentProps } from 'react';

type ScenarioPageModule = typeof import('./ScenarioPage');
let loaded: ScenarioPageModule | undefined;

/** Downloads the walker (and XState with it), which only scenario pages need. */
export function preloadScenarioPage(): Promise<ScenarioPageModule> {
  return import('./ScenarioPage').then((module) => (loaded = module));
}

const LazyScenarioPage = lazy(() => preloadScenarioPage().then((m) => ({ default: m.ScenarioPage })));

/** The scenario page: at once when already downloaded, else through Suspense. */
export function ScenarioPageLoader(props: ComponentProps<ScenarioPageModule['ScenarioPage']>) {
  return loaded ? <loaded.ScenarioPage {...props} /> : <LazyScenarioPage {...props} />;
}

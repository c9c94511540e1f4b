import { use, type ComponentProps } from 'react';
import { download } from './downloads';

type ScenarioPageModule = typeof import('./ScenarioPage');

/**
 * Downloads the walker (and XState with it), which only scenario pages need. Not
 * `React.lazy`, which remembers a failure for good: a failed download here stays failed
 * only until the user asks to try again (see ./downloads).
 */
export function preloadScenarioPage(): Promise<ScenarioPageModule> {
  return download('walker', () => import('./ScenarioPage'));
}

/** The scenario page: at once when already downloaded, else through Suspense. */
export function ScenarioPageLoader(props: ComponentProps<ScenarioPageModule['ScenarioPage']>) {
  const { ScenarioPage } = use(preloadScenarioPage());
  return <ScenarioPage {...props} />;
}

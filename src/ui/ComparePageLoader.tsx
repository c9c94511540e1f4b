import { use, type ComponentProps } from 'react';
import { download } from './downloads';

type ComparePageModule = typeof import('./ComparePage');

/** The comparison page downloads with its own texts, never with the home page. */
export function preloadComparePage(): Promise<ComparePageModule> {
  return download('compare-page', () => import('./ComparePage'));
}

export function ComparePageLoader(props: ComponentProps<ComparePageModule['ComparePage']>) {
  const { ComparePage } = use(preloadComparePage());
  return <ComparePage {...props} />;
}

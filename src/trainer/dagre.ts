import type * as Dagre from '@dagrejs/dagre';
import { download } from '../ui/downloads';

/** dagre (the layout library) downloads only where a diagram is drawn: trainer pages. */
export function loadDagre(): Promise<typeof Dagre> {
  return download('dagre', () => import('@dagrejs/dagre'));
}

import { Suspense, use } from 'react';
import { download } from '../downloads';
import { ErrorBoundary } from '../ErrorBoundary';
import { useAfterStart } from '../hooks';
import type { RecordProps } from './DecisionRecord';

const loadRecord = () => download('record-block', () => import('./DecisionRecord'));

/**
 * The ending's record block and its « Mes décisions » entry, downloaded and shown once the
 * browser is idle after the app took the page over: nothing of it is in the first download,
 * and a failed download leaves the ending as it is.
 */
export function LaterRecord(props: RecordProps) {
  const started = useAfterStart();
  if (!started) return null;
  return (
    <ErrorBoundary homePath={props.homePath} fallback={() => null}>
      <Suspense fallback={null}>
        <Record {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function Record(props: RecordProps) {
  const { DecisionRecord } = use(loadRecord());
  return <DecisionRecord {...props} />;
}

import { Suspense, use, type ReactNode } from 'react';
import type { Language } from '../i18n/languages';
import { homePath } from '../routes';
import { ErrorBoundary, TextsNotDownloaded } from './ErrorBoundary';
import { loadNamespaces } from './i18nInstances';

/**
 * Renders its children once the interface texts (`common`) of the language are there:
 * nothing while they download (a newly chosen language), and, if they could not be
 * downloaded, a message that does not need them, with « Réessayer » / “Try again”.
 */
export function InterfaceTexts({ lang, children }: { lang: Language; children: ReactNode }) {
  return (
    <ErrorBoundary key={lang} homePath={homePath(lang)} fallback={(retry) => <TextsNotDownloaded homePath={homePath(lang)} onRetry={retry} />}>
      <Suspense fallback={null}>
        <WhenDownloaded lang={lang}>{children}</WhenDownloaded>
      </Suspense>
    </ErrorBoundary>
  );
}

function WhenDownloaded({ lang, children }: { lang: Language; children: ReactNode }) {
  use(loadNamespaces(lang, ['common']));
  return children;
}

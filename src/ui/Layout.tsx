import { Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../i18n/languages';
import { aboutPath, homePath, type Route } from '../routes';
import { useAfterStart, useBrowserFact } from './hooks';
import { LanguageSwitch } from './LanguageSwitch';

const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

/** The service worker and its update prompt, only in browsers that have one, after the page shows. */
function ServiceWorkerUpdates() {
  const supported = useBrowserFact(() => 'serviceWorker' in navigator);
  const started = useAfterStart();
  return supported && started ? (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  ) : null;
}

export function Layout({ lang, route, children }: { lang: Language; route: Route; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <>
      <a href="#contenu" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <ServiceWorkerUpdates />
      <header className="site-header">
        <div className="container header-row">
          <Link href={homePath(lang)} className="site-name">
            {t('app.name')}
          </Link>
          <LanguageSwitch lang={lang} route={route} />
        </div>
      </header>
      <main id="contenu" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <Link href={aboutPath(lang)}>{t('app.about')}</Link>
        </div>
      </footer>
    </>
  );
}

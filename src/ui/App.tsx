import { Suspense, use, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { DEFAULT_LANGUAGE, LANGUAGES, rememberLanguage, rememberedLanguage } from '../i18n/languages';
import { homePath, parseRoute, pathInLanguage, pathOfLegacyLink, type Route } from '../routes';
import { ErrorBoundary } from './ErrorBoundary';
import { InterfaceTexts } from './InterfaceTexts';
import { PageLoader } from './PageLoader';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { MessagePage, NotFoundMessage } from './PageHeading';
import { i18nFor, loadNamespaces } from './i18nInstances';

export function App() {
  const [path] = useLocation();
  const search = useSearch();
  const route = parseRoute(path);
  const lang = 'lang' in route ? route.lang : DEFAULT_LANGUAGE;

  useEffect(() => {
    // The page is now the app's, no longer only the prerendered HTML (tests and styles read this).
    document.documentElement.dataset.app = 'ready';
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    if (route.page !== 'root' && route.page !== 'unsupportedLanguage') rememberLanguage(lang);
  }, [lang, route.page]);

  if (route.page === 'root') return <Redirect to={homePath(rememberedLanguage() ?? DEFAULT_LANGUAGE)} replace />;
  const legacy = pathOfLegacyLink(route, search);
  if (legacy) return <Redirect to={legacy} replace />;

  return (
    <I18nextProvider i18n={i18nFor(lang)}>
      {/* Only once the interface texts are there (a message in both languages if they could not be downloaded). */}
      <InterfaceTexts lang={lang}>
        <Layout lang={lang} route={route}>
          <ErrorBoundary key={path} homePath={homePath(lang)}>
            <Suspense fallback={<Loading />}>
              <Page route={route} />
            </Suspense>
          </ErrorBoundary>
        </Layout>
      </InterfaceTexts>
    </I18nextProvider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage lang={route.lang} />;
    case 'unsupportedLanguage':
      return <UnsupportedLanguage route={route} />;
    case 'notFound':
    case 'root':
      return <NotFoundMessage lang={'lang' in route ? route.lang : DEFAULT_LANGUAGE} />;
    default:
      // Every other page downloads with its own module and texts (the page table, src/routes.ts).
      return <PageLoader route={route} />;
  }
}

function Loading() {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** `/de/...`: the message in both languages, with the same page offered in each. */
function UnsupportedLanguage({ route }: { route: Route }) {
  const { t } = useTranslation('common');
  use(loadNamespaces('en', ['common']));
  const english = i18nFor('en').t;
  return (
    <MessagePage title={t('errors.unsupportedLanguage.title')}>
      <p>{t('errors.unsupportedLanguage.body')}</p>
      <p lang="en">{english('errors.unsupportedLanguage.body')}</p>
      <ul className="link-list">
        {LANGUAGES.map((l) => (
          <li key={l} lang={l}>
            {/* Both languages' texts are loaded above: 'fr' is the page's, 'en' explicitly. */}
            <Link href={pathInLanguage(route, l)}>{i18nFor(l).t('errors.unsupportedLanguage.continueIn')}</Link>
          </li>
        ))}
      </ul>
    </MessagePage>
  );
}

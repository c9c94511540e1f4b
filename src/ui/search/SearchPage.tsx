import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { organisations } from '../../../machines/index';
import type { Language } from '../../i18n/languages';
import { homePath, organisationPath, searchPath, type RouteOf } from '../../routes';
import { PageHeading } from '../PageHeading';
import { useAppRunning } from '../hooks';
import { loadMoreTexts } from '../moreTexts';
import { SearchBox } from './SearchBox';

/** This page's texts (PageLoader waits for them). */
export const ready = (lang: Language) => loadMoreTexts(lang, 'searchResults');

/**
 * `/fr/recherche/?q=…`: where the search form goes. With JavaScript, the same search box and
 * its results, from the query in the address (reload, back and a copied link keep it).
 * Without JavaScript (the prerendered page), a static host cannot search: the page says so
 * and links to each organisation's list on the home page.
 */
export function SearchPage({ lang }: { lang: Language }) {
  const { t } = useTranslation('common');
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  // The box only once the app runs: without script it could not work.
  const running = useAppRunning();
  return (
    <>
      <PageHeading text={t('searchResults.title')} />
      {running && <SearchBox lang={lang} initialQuery={query} resultsHere={(q) => searchPath(lang, q)} />}
      <noscript>
        <p>{t('searchResults.needsScript')}</p>
        <ul className="link-list">
          {organisations.map((org) => (
            <li key={org.id}>
              <a href={organisationPath(lang, org.id)}>{t(`org.${org.id}.name`)}</a>
            </li>
          ))}
        </ul>
      </noscript>
      <p>
        <Link href={homePath(lang)}>{t('searchResults.allSituations')}</Link>
      </p>
    </>
  );
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'search'> }) {
  return <SearchPage lang={route.lang} />;
}

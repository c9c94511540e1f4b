import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findScenario, organisations } from '../../../machines/index';
import type { Language } from '../../i18n/languages';
import { notListedPath, organisationPath, scenarioPath } from '../../routes';
import { loadSearcher, type SearchHit, type Searcher } from '../../search/engine';
import { cameFrom } from '../cameFrom';
import { loadMoreTexts } from '../moreTexts';

const searchers = new Map<Language, Searcher>();
const LIMIT = 10;

/** Downloads the language's index and the results' texts (SearchBox calls it once, through `download`). */
export async function prepare(lang: Language) {
  if (searchers.has(lang)) return;
  const [searcher] = await Promise.all([loadSearcher(lang, (id) => findScenario(id) !== undefined), loadMoreTexts(lang, 'searchResults')]);
  searchers.set(lang, searcher);
}

export interface Scope {
  /** On an organisation's page: its situations, the others' apart. */
  organisation?: string;
  /** On the home page, the organisation kept on this device: its situations first. */
  prefer?: string;
}

/** The hits of one search, as the page shows them: its organisation's (or all), then the others' apart. */
function hitsFor(lang: Language, query: string, { organisation, prefer }: Scope): { own: SearchHit[]; elsewhere: SearchHit[] } {
  const searcher = searchers.get(lang);
  if (!searcher) return { own: [], elsewhere: [] };
  if (organisation) return searcher.searchByOrganisation(query, organisation, LIMIT);
  return { own: searcher.search(query, LIMIT, { prefer }), elsewhere: [] };
}

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * The count, for the live region. It waits until typing pauses, so that a screen reader
 * announces the count once rather than at every letter.
 */
export function Count({ lang, query, ...scope }: { lang: Language; query: string } & Scope) {
  const { t } = useTranslation('common');
  const { own, elsewhere } = hitsFor(lang, query, scope);
  const name = scope.organisation ? t(`org.${scope.organisation}.name`) : '';
  const text =
    own.length + elsewhere.length === 0
      ? t('searchResults.none', { query })
      : scope.organisation
        ? t('searchResults.countHere', { count: own.length, query, organisation: name }) + (elsewhere.length ? ` ${t('searchResults.countElsewhere', { count: elsewhere.length })}` : '')
        : t('searchResults.count', { count: own.length, query });
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 400);
    return () => clearTimeout(timer);
  }, [text]);
  return <>{announced}</>;
}

/**
 * The situations found: title (a link to the first question, which leads back here), the
 * organisation, and why it matched. On an organisation's page, the others' come under their own
 * heading. Nothing found: where to look instead.
 */
export function List({ lang, query, from, ...scope }: { lang: Language; query: string; from: string } & Scope) {
  const { t } = useTranslation('common');
  const { own, elsewhere } = hitsFor(lang, query, scope);
  const org = scope.organisation;
  return (
    <>
      {own.length > 0 && <HitList lang={lang} hits={own} from={from} label={t('searchResults.listLabel')} />}
      {own.length === 0 && (
        <div className="search-none">
          <p>{org ? t('searchResults.noneHere', { organisation: t(`org.${org}.name`) }) : t('searchResults.noneAnywhere')}</p>
          <ul className="link-list">
            {org ? (
              <>
                <li>
                  <a href="#situations">{t('searchResults.organisationList')}</a>
                </li>
                <li>
                  <Link href={notListedPath(lang, org)}>{t('home.notListed')}</Link>
                </li>
              </>
            ) : (
              organisations.map((o) => (
                <li key={o.id}>
                  <Link href={organisationPath(lang, o.id)}>{t(`org.${o.id}.name`)}</Link>
                </li>
              ))
            )}
          </ul>
        </div>
      )}
      {elsewhere.length > 0 && (
        <>
          <h2 className="search-elsewhere" id="search-elsewhere">
            {t('searchResults.elsewhere')}
          </h2>
          <HitList lang={lang} hits={elsewhere} from={from} label={t('searchResults.elsewhere')} />
        </>
      )}
    </>
  );
}

function HitList({ lang, hits, from, label }: { lang: Language; hits: SearchHit[]; from: string; label: string }) {
  const { t } = useTranslation('common');
  return (
    <ul className="search-results" aria-label={label}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <Link href={scenarioPath(lang, hit.id)} state={cameFrom(from)} className="search-result-title">
            {hit.title}
          </Link>
          <span className="search-result-org">{t(`org.${hit.org}.name`)}</span>
          {hit.field && (
            <span className="search-result-why">
              {hit.phrase
                ? t('searchResults.foundInPhrase', { where: t(`searchResults.where.${hit.field}`), phrase: shorten(hit.phrase) })
                : t('searchResults.foundIn', { where: t(`searchResults.where.${hit.field}`) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

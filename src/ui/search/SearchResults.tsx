import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findScenario } from '../../../machines/index';
import type { Language } from '../../i18n/languages';
import { scenarioPath } from '../../routes';
import { loadSearcher, type SearchHit, type Searcher } from '../../search/engine';
import { loadMoreTexts } from '../moreTexts';

const searchers = new Map<Language, Searcher>();
const LIMIT = 10;

/** Downloads the language's index and the results' texts (SearchBox calls it once, through `download`). */
export async function prepare(lang: Language) {
  if (searchers.has(lang)) return;
  const [searcher] = await Promise.all([loadSearcher(lang, (id) => findScenario(id) !== undefined), loadMoreTexts(lang, 'searchResults')]);
  searchers.set(lang, searcher);
}

const hitsFor = (lang: Language, query: string): SearchHit[] => searchers.get(lang)?.search(query, LIMIT) ?? [];

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * The count, for the live region. It waits until typing pauses, so that a screen reader
 * announces the count once rather than at every letter.
 */
export function Count({ lang, query }: { lang: Language; query: string }) {
  const { t } = useTranslation('common');
  const count = hitsFor(lang, query).length;
  const text = count === 0 ? t('searchResults.none', { query }) : t('searchResults.count', { count, query });
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 400);
    return () => clearTimeout(timer);
  }, [text]);
  return <>{announced}</>;
}

/** The situations found: title (a link to the first question), organisation, and why it matched. */
export function List({ lang, query }: { lang: Language; query: string }) {
  const { t } = useTranslation('common');
  const hits = hitsFor(lang, query);
  if (hits.length === 0) return null;
  return (
    <ul className="search-results" aria-label={t('searchResults.listLabel')}>
      {hits.map((hit) => {
        const where = t(`searchResults.where.${hit.field}`);
        return (
          <li key={hit.id}>
            <Link href={scenarioPath(lang, hit.id)} className="search-result-title">
              {hit.title}
            </Link>
            <span className="search-result-org">{t(`org.${hit.org}.name`)}</span>
            <span className="search-result-why">
              {hit.phrase ? t('searchResults.foundInPhrase', { where, phrase: shorten(hit.phrase) }) : t('searchResults.foundIn', { where })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Language } from '../../i18n/languages';
import { searchPath } from '../../routes';
import { download, retryFailedDownloads } from '../downloads';

type ResultsModule = typeof import('./SearchResults');

/** What has been downloaded already, so that a later search box shows results at once. */
const ready: Partial<Record<Language, ResultsModule>> = {};

/**
 * The results' module with MiniSearch, the language's index and the results' texts: downloaded
 * on the first focus or keystroke in the box, never with the home page.
 */
export function loadSearchResults(lang: Language): Promise<ResultsModule> {
  return download(`search:${lang}`, async () => {
    const module = await import('./SearchResults');
    await module.prepare(lang);
    return (ready[lang] = module);
  });
}

/**
 * The search box: a plain GET form to the search page (which, without JavaScript, says that
 * search needs it and links to the lists). With JavaScript, results show under the box as
 * the user types, their count in a live region.
 */
export function SearchBox({
  lang,
  initialQuery = '',
  organisation,
  prefer,
  resultsHere,
}: {
  lang: Language;
  initialQuery?: string;
  /** On an organisation's page: its situations, and the others' apart under their own heading. */
  organisation?: string;
  /** On the home page, the organisation kept on this device: its situations first. */
  prefer?: string;
  /** The page's own address for a query, when it shows its results itself (the search page, an organisation's page). */
  resultsHere?: (query: string) => string;
}) {
  const { t } = useTranslation('common');
  const [, navigate] = useLocation();
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState(() => ready[lang]);
  const [failed, setFailed] = useState(false);
  // Typing stays immediate; the results follow as soon as React has time (a light debounce).
  const shown = useDeferredValue(query).trim();

  // A failed download is tried again on the next focus or keystroke, never in a loop.
  const start = () => {
    if (results) return;
    if (failed) retryFailedDownloads();
    setFailed(false);
    loadSearchResults(lang).then(setResults, () => setFailed(true));
  };
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // On the home page, the app starts when the box is first used (src/ui/home/start.ts): what
    // was typed before it took over is kept, and the focus already there starts the download.
    const typed = input.current?.value ?? '';
    // eslint-disable-next-line react/set-state-in-effect -- takes over text typed before the app ran
    if (typed !== query) setQuery(typed);
    if (initialQuery || typed || document.activeElement === input.current) start();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only for the page as it opened
  }, []);

  return (
    <form
      role="search"
      className="search"
      action={searchPath(lang)}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        start();
        navigate((resultsHere ?? ((q: string) => searchPath(lang, q)))(query.trim()), { replace: resultsHere !== undefined });
      }}
    >
      <label htmlFor="search-q" className="search-label">
        {t('search.label')}
      </label>
      <p id="search-hint" className="hint">
        {t('search.hint')}
      </p>
      <div className="search-row">
        <input
          ref={input}
          id="search-q"
          name="q"
          type="search"
          className="search-input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-hint"
          onFocus={start}
          onChange={(event) => {
            start();
            setQuery(event.target.value);
          }}
        />
        <button type="submit" className="button search-button">
          {t('search.submit')}
        </button>
      </div>
      <noscript>
        <p className="hint">{t('search.noScript')}</p>
      </noscript>
      <div role="status" className="search-status">
        {shown && (failed ? t('search.failed') : results ? <results.Count lang={lang} query={shown} organisation={organisation} prefer={prefer} /> : t('search.loading'))}
      </div>
      {shown && results && (
        <results.List lang={lang} query={shown} organisation={organisation} prefer={prefer} from={(resultsHere ?? ((q: string) => searchPath(lang, q)))(shown)} />
      )}
    </form>
  );
}

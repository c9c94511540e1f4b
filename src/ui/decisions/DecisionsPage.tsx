import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findScenario } from '../../../machines/index';
import type { Language } from '../../i18n/languages';
import { aboutPath, homePath, scenarioPath, type RouteOf } from '../../routes';
import { PageHeading } from '../PageHeading';
import { loadMoreTexts } from '../moreTexts';
import { HISTORY_KEY, HISTORY_OFF_KEY, clearHistory, decisionKey, deleteDecision, isHistoryOff, readHistory, setHistoryOff, writeHistory, type HistoryRead } from './history';

/** This page's texts, and the verdicts' (PageLoader waits for them). */
export const ready = (lang: Language) => Promise.all([loadMoreTexts(lang, 'decisions'), loadMoreTexts(lang, 'walker')]);

/**
 * « Mes décisions »: the endings reached in this browser, newest first, each to reopen or
 * delete, and all to clear; and the lasting choice to stop keeping answers on this device
 * (a shared computer) or to keep them again. The list is read from localStorage once the app
 * runs (the prerendered page, without script, says the page needs it). A damaged or oversized
 * history is repaired at once, keeping every entry that could be read, and the page says so.
 */
export function DecisionsPage({ lang }: { lang: Language }) {
  const { t, i18n } = useTranslation('common');
  const { history, setHistory, off, setOff } = useStoredHistory();
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLDivElement>(null);

  const after = (ok: boolean, done: string) => {
    setHistory((h) => ({ ...readHistory(), ...(h?.problem ? { problem: h.problem } : {}) }));
    setStatus(ok ? done : t('decisions.notSaved'));
    heading.current?.focus();
  };

  // The button keeps focus (only its words change); the status region says what changed.
  const toggleOff = () => {
    const ok = setHistoryOff(!off);
    const now = isHistoryOff();
    setOff(now);
    if (!ok) setStatus(t('decisions.notSaved'));
    else if (now) setStatus([t('decisions.turnedOff'), ...(readHistory().decisions.length > 0 ? [t('decisions.turnedOffKept')] : [])].join(' '));
    else setStatus(t('decisions.turnedOn'));
  };

  const decisions = history?.decisions ?? [];
  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeStyle: 'short' });
  return (
    <>
      <PageHeading text={t('decisions.title')} />
      <p>{t('decisions.intro')}</p>
      <noscript>
        <p className="notice">{t('decisions.needsScript')}</p>
      </noscript>
      {history?.problem && (
        <div className="notice notice--warning" role="alert">
          <p>{t(`decisions.problem.${history.problem}`, { count: decisions.length })}</p>
        </div>
      )}
      {history && history.problem !== 'unavailable' && (
        <div className={off ? 'history-choice notice' : 'history-choice'}>
          <p>{t(off ? 'decisions.isOff' : 'decisions.isOn')}</p>
          <p>
            <button type="button" className="button button--secondary" onClick={toggleOff}>
              {t(off ? 'decisions.turnOn' : 'decisions.turnOff')}
            </button>
          </p>
        </div>
      )}
      <div ref={heading} tabIndex={-1} role="status" className="decisions-status">
        {status}
      </div>
      {history && decisions.length === 0 && !history.problem && <p>{t('decisions.empty')}</p>}
      {decisions.length > 0 && (
        <>
          <ul className="decision-list">
            {decisions.map((d) => (
              <DecisionItem
                key={decisionKey(d)}
                decision={d}
                lang={lang}
                date={dateFormat.format(new Date(d.date))}
                onDelete={() => after(deleteDecision(decisionKey(d)), t('decisions.deleted', { title: d.title }))}
              />
            ))}
          </ul>
          <ClearAll count={decisions.length} onClear={() => after(clearHistory(), t('decisions.cleared'))} />
        </>
      )}
      <p className="hint">
        {t('decisions.privacy')} <Link href={aboutPath(lang)}>{t('decisions.aboutLink')}</Link>
      </p>
      <p>
        <Link href={homePath(lang)}>{t('decisions.home')}</Link>
      </p>
    </>
  );
}

/** The stored history and whether keeping is off, read once the app runs and kept in step with other tabs. */
function useStoredHistory() {
  const [history, setHistory] = useState<HistoryRead>();
  const [off, setOff] = useState(false);
  useEffect(() => {
    const read = () => {
      const found = readHistory();
      // Keep what could be read, in our own format, so the repair is made once.
      if (found.problem === 'corrupted' || found.problem === 'oversized') writeHistory(found.decisions);
      setHistory(found);
      setOff(isHistoryOff());
    };
    read();
    // Another tab reached an ending, cleared the list or turned history off or on.
    const onStorage = (event: StorageEvent) => {
      if (event.key === HISTORY_KEY || event.key === null) setHistory(readHistory());
      if (event.key === HISTORY_OFF_KEY || event.key === null) setOff(isHistoryOff());
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  return { history, setHistory, off, setOff };
}

/** One kept ending: its title (a link while its scenario exists), verdict and date, and « Supprimer ». */
function DecisionItem({ decision: d, lang, date, onDelete }: { decision: HistoryRead['decisions'][number]; lang: Language; date: string; onDelete: () => void }) {
  const { t } = useTranslation('common');
  const exists = findScenario(d.id) !== undefined;
  return (
    <li className="decision">
      {exists ? (
        <Link href={scenarioPath(d.lang, d.id, d.answers)} className="decision-title" lang={d.lang === lang ? undefined : d.lang}>
          {d.title}
        </Link>
      ) : (
        <span className="decision-title" lang={d.lang === lang ? undefined : d.lang}>
          {d.title} <span className="hint">({t('decisions.gone')})</span>
        </span>
      )}
      <span className="decision-meta">
        {t('decisions.verdict', { verdict: t(`ending.verdict.${d.verdict}`) })} · <time dateTime={d.date}>{date}</time>
      </span>
      <button type="button" className="button button--secondary decision-delete" onClick={onDelete}>
        {t('decisions.delete')} <span className="visually-hidden">{t('decisions.deleteHidden', { title: d.title })}</span>
      </button>
    </li>
  );
}

/** « Tout effacer », asked twice. */
function ClearAll({ count, onClear }: { count: number; onClear: () => void }) {
  const { t } = useTranslation('common');
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <div className="confirm" role="group" aria-labelledby="confirm-clear">
      <p id="confirm-clear">{t('decisions.confirmClear', { count })}</p>
      <p className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            setConfirming(false);
            onClear();
          }}
        >
          {t('decisions.clearYes')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('decisions.cancel')}
        </button>
      </p>
    </div>
  ) : (
    <p>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
        {t('decisions.clear')}
      </button>
    </p>
  );
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'decisions'> }) {
  return <DecisionsPage lang={route.lang} />;
}

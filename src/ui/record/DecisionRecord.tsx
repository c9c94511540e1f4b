import { Suspense, use, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EndingMeta } from '../../../engine/model';
import type { TrailStep } from '../../../engine/walk';
import type { Language } from '../../i18n/languages';
import { decisionsPath } from '../../routes';
import { ErrorBoundary } from '../ErrorBoundary';
import { declineDecision, keepDecision, recordDecision, type RecordResult } from '../decisions/history';
import { loadMoreTexts } from '../moreTexts';
import { recordText, type RecordLabels } from './recordText';

export interface RecordProps {
  ns: string;
  organisation: string;
  meta: EndingMeta;
  trail: TrailStep[];
  answers: string[];
  homePath: string;
}

/**
 * « Garder une trace »: copy, print, share or download this answer, and the note that it is
 * kept in « Mes décisions », with « Ne pas garder cette réponse » (or, when the user turned
 * history off, the note that it is not kept and a link to turn it back on). Downloaded and
 * shown once the page is idle after the app took it over (./LaterRecord.tsx): nothing here
 * could work without script, so the prerendered ending has none of it.
 * Its texts download with it; if they cannot, the ending stays as it is, without the block.
 */
export function DecisionRecord(props: RecordProps) {
  const { t, i18n } = useTranslation(props.ns);
  const lang = i18n.language as Language;
  const [kept, setKept] = useState<Kept>();
  const title = t('title');
  const decision = { id: props.ns, answers: props.answers, lang, title, verdict: props.meta.verdict };
  useEffect(() => {
    // Storage is the external system here: what it answers is what the note shows.
    setKept(recordDecision(decision)); // eslint-disable-line react/set-state-in-effect -- the result of writing to localStorage, known only after the write
  }, [props.ns, props.answers.join('/'), lang, title, props.meta.verdict]); // eslint-disable-line react-hooks/exhaustive-deps -- `decision` is rebuilt every render from exactly these values
  // « Ne pas garder cette réponse » and its undo.
  const toggle = () => setKept(kept === 'kept' || kept === 'declineFailed' ? (declineDecision(decision) ? 'declined' : 'declineFailed') : keepDecision(decision));
  return (
    <ErrorBoundary homePath={props.homePath} fallback={() => null}>
      <Suspense fallback={null}>
        <RecordBlock {...props} lang={lang} kept={kept} onToggleKept={toggle} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** What the note says: what became of this answer, or that « Ne pas garder » could not remove it. */
type Kept = RecordResult | 'declineFailed';
const KEPT_TEXT: Record<Kept, string> = { kept: 'kept', declined: 'declined', off: 'off', failed: 'notKept', declineFailed: 'declineFailed' };
const KEPT_LINK: Record<Kept, string> = { kept: 'decisionsLink', declined: 'declinedLink', off: 'turnOnLink', failed: 'decisionsLink', declineFailed: 'decisionsLink' };

function RecordBlock({ ns, organisation, meta, trail, lang, kept, onToggleKept }: RecordProps & { lang: Language; kept: Kept | undefined; onToggleKept: () => void }) {
  use(loadMoreTexts(lang, 'record'));
  const { t } = useTranslation([ns, 'common']);
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string>();
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const block = useRef<HTMLElement>(null);
  // The date the record is made: read once, not at every render.
  const [now] = useState(() => new Date());
  const date = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' }).format(now);

  useEffect(() => {
    if (manual !== undefined) manualRef.current?.select();
  }, [manual]);

  const link = () => location.href.split('#')[0]!;
  const text = () => {
    // The native checkboxes of the ending's checklist, as the user left them.
    const checked = [...(block.current?.closest('main') ?? document).querySelectorAll<HTMLInputElement>('.checklist input[type=checkbox]')]
      .filter((box) => box.checked)
      .map((box) => (box.labels?.[0]?.textContent ?? '').trim())
      .filter(Boolean);
    return decisionText(t, { organisation, meta, trail }, { checked, date, link: link() });
  };

  /** The clipboard, or the text shown selected in a box to copy by hand when the browser refuses. */
  const copy = async (value: string, done: string) => {
    setManual(undefined);
    try {
      await navigator.clipboard.writeText(value);
      setStatus(done);
    } catch {
      setManual(value);
      setStatus(t('common:record.copyFailed'));
    }
  };

  const share = async () => {
    const url = link();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('title'), text: t(meta.summary), url });
        setStatus(t('common:record.shared'));
      } catch (error) {
        // The user closed the share sheet: nothing to say. Anything else: copy the link instead.
        if ((error as Error)?.name !== 'AbortError') await copy(url, t('common:record.linkCopied'));
      }
    } else await copy(url, t('common:record.linkCopied'));
  };

  const save = () => {
    const name = `${ns}-${now.toISOString().slice(0, 10)}.txt`;
    const url = URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('common:record.downloaded', { name }));
  };

  return (
    <section ref={block} className="record" aria-labelledby="record-heading">
      <h2 id="record-heading">{t('common:record.heading')}</h2>
      {kept && (
        <div className="record-keeping">
          {/* A status: « Ne pas garder » and « Garder » change it, and focus stays on that one button. */}
          <p className="record-kept" role="status">
            {t(`common:record.${KEPT_TEXT[kept]}`)} <Link href={decisionsPath(lang)}>{t(`common:record.${KEPT_LINK[kept]}`)}</Link>
          </p>
          {kept !== 'off' && kept !== 'failed' && (
            <button type="button" className="button button--secondary record-keep-toggle" onClick={onToggleKept}>
              {t(kept === 'declined' ? 'common:record.keep' : 'common:record.decline')}
            </button>
          )}
        </div>
      )}
      <div className="record-actions button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy(text(), t('common:record.copied'))}>
          {t('common:record.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('common:record.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          {t('common:record.share')}
        </button>
        <button type="button" className="button button--secondary" onClick={save}>
          {t('common:record.download')}
        </button>
      </div>
      <p role="status" className="record-status">
        {status}
      </p>
      {manual !== undefined && (
        <p className="record-manual">
          <label htmlFor="record-manual">{t('common:record.manualLabel')}</label>
          <textarea id="record-manual" ref={manualRef} readOnly rows={8} value={manual} />
        </p>
      )}
      <p className="print-only record-printed">{t('common:record.printed', { date, link: link() })}</p>
    </section>
  );
}

/** The ending as plain text, in the page's language: what « Copier », « Télécharger » and printing keep. */
function decisionText(
  t: TFunction,
  { organisation, meta, trail }: Pick<RecordProps, 'organisation' | 'meta' | 'trail'>,
  { checked, date, link }: { checked: string[]; date: string; link: string },
): string {
  const action = t(meta.action, { returnObjects: true }) as unknown;
  // The ending's own headings, and a few of the record's.
  const labels: RecordLabels = {
    ...(Object.fromEntries((['situation', 'organisation', 'yourAnswer', 'verdict', 'checked', 'date', 'link'] as const).map((k) => [k, t(`common:record.text.${k}`)])) as Pick<
      RecordLabels,
      'situation' | 'organisation' | 'yourAnswer' | 'verdict' | 'checked' | 'date' | 'link'
    >),
    answers: t('common:ending.yourAnswers'),
    noQuestion: t('common:ending.noQuestion'),
    action: t('common:ending.action'),
    contact: t('common:ending.contact'),
    source: t('common:ending.citation'),
    quotes: t('common:ending.quotes'),
  };
  const verdict = t(`common:ending.verdict.${meta.verdict}`);
  return recordText(
    {
      heading: t('common:record.text.heading', { guide: t('common:app.name') }),
      situation: t('title'),
      organisation: t(`common:org.${organisation}.name`),
      answers: trail.map((step) => ({ question: t(step.question.question), answer: t(step.answer.label) })),
      verdict: `${verdict} – ${t(`common:ending.verdictExplained.${meta.verdict}`)}`,
      summary: t(meta.summary),
      action: Array.isArray(action) ? action.map(String) : [String(action)],
      contact: t(`common:org.${organisation}.contacts.${meta.contact}`),
      source: t('common:ending.citationDocument', {
        policy: t(`common:org.${meta.citation.document}.policy`),
        organisation: t(`common:org.${meta.citation.document}.name`),
        date: t(`common:org.${meta.citation.document}.date`),
      }),
      sections: meta.citation.sections.map((s) => t(s)),
      quotes: meta.quotes.map((q) => ({ text: `« ${q.text} »`, section: t('common:ending.quoteSource', { section: t(q.section) }) })),
      checked,
      date,
      link,
    },
    labels,
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Position } from '../engine/walk';
import { PageHeading } from './PageHeading';

type QuestionPosition = Extract<Position, { kind: 'question' }>;

/** One question per page, GOV.UK style: a fieldset whose legend is the page's h1. */
export function QuestionStep({
  ns,
  position,
  answers,
  pathTo,
  homePath,
}: {
  ns: string;
  position: QuestionPosition;
  answers: string[];
  pathTo: (answers: readonly string[]) => string;
  homePath: string;
}) {
  const { t } = useTranslation([ns, 'common']);
  const [, navigate] = useLocation();
  const [selected, setSelected] = useState<string | undefined>(() => previouslyChosen(position) ?? chosenBeforeTheAppStarted(position));
  const [showError, setShowError] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const { meta, state } = position;
  const hintId = `${state}-hint`;
  const errorId = `${state}-error`;
  const describedBy = [meta.hint ? hintId : '', showError ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const firstOptionId = `${state}-${meta.options[0]?.event}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) {
      setShowError(true);
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    navigate(pathTo([...answers, selected]));
  };

  return (
    <>
      <Link href={answers.length > 0 ? pathTo(answers.slice(0, -1)) : homePath} className="back-link">
        {t('common:question.back')}
      </Link>
      {showError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorSummary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('common:question.errorTitle')}</h2>
          <a
            href={`#${firstOptionId}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(firstOptionId)?.focus();
            }}
          >
            {t('common:question.chooseOne')}
          </a>
        </div>
      )}
      <p className="caption">{t('title')}</p>
      {/* Before the script has started (prerendered page), the form still works: it asks the
          server for the same page with the answers in `r`, and the app then shows that step. */}
      <form method="get" action={pathTo([]).split('?')[0]} onSubmit={submit} noValidate data-enhanced={enhanced || undefined}>
        <div className={showError ? 'form-group form-group--error' : 'form-group'}>
          <fieldset aria-describedby={describedBy}>
            <legend>
              <PageHeading text={t(meta.question)} stepKey={`${ns}:${answers.join('.')}`} />
            </legend>
            {meta.hint && (
              <p id={hintId} className="hint">
                {t(meta.hint)}
              </p>
            )}
            {showError && (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{t('common:question.errorPrefix')} </span>
                {t('common:question.chooseOne')}
              </p>
            )}
            <div className="radios">
              {meta.options.map((option) => {
                const id = `${state}-${option.event}`;
                return (
                  <div className="radio" key={option.event}>
                    <input
                      type="radio"
                      id={id}
                      name="r"
                      value={[...answers, option.event].join('.')}
                      data-answer={option.event}
                      checked={selected === option.event}
                      onChange={() => {
                        setSelected(option.event);
                        setShowError(false);
                      }}
                    />
                    <label htmlFor={id}>{t(option.label)}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button">
          {t('common:question.continue')}
        </button>
      </form>
      {answers.length > 0 && (
        <p>
          <Link href={pathTo([])}>{t('common:question.restart')}</Link>
        </p>
      )}
    </>
  );
}

/**
 * On a prerendered page the user may pick an answer before the app has started; keep it
 * rather than clear it when the app takes over the page.
 */
function chosenBeforeTheAppStarted(position: QuestionPosition): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const checked = position.meta.options.find((o) => (document.getElementById(`${position.state}-${o.event}`) as HTMLInputElement | null)?.checked);
  return checked?.event;
}

/** When the user came back through « Modifier », their earlier answer is pre-selected. */
function previouslyChosen(position: QuestionPosition): string | undefined {
  const chosen: unknown = typeof history === 'undefined' ? undefined : (history.state as { chosen?: unknown } | null)?.chosen;
  return position.meta.options.some((o) => o.event === chosen) ? (chosen as string) : undefined;
}

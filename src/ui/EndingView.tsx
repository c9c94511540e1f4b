import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Position } from '../../engine/walk';
import { AnswerSummary } from './AnswerSummary';
import type { Language } from '../i18n/languages';
import { PageHeading } from './PageHeading';
import { BackLink, OtherOrganisationNotice, StepCaption } from './StepTop';
import { LaterRecord } from './record/LaterRecord';

type EndingPosition = Extract<Position, { kind: 'ending' }>;

/**
 * The answer, what to do first: verdict and short answer, what to do, the points to weigh,
 * whom to ask; then the alternative, why, the policy's own words (followed on English pages by
 * an unofficial rendering), the source and the answers given.
 */
/** Characters of an ending (its texts, quotes, points and answers) past which it prints in compact type. */
const PRINT_COMPACT_FROM = 4200;

export function EndingView({
  ns,
  organisation,
  position,
  answers,
  pathTo,
  lang,
  homePath,
}: {
  ns: string;
  organisation: string;
  lang: Language;
  /** Where « other situations » leads: the organisation's page. */
  homePath: string;
  position: EndingPosition;
  answers: string[];
  pathTo: (answers: readonly string[]) => string;
}) {
  const { t, i18n } = useTranslation([ns, 'common']);
  const { meta } = position;
  const verdict = t(`common:ending.verdict.${meta.verdict}`);
  // English pages: each French quote is followed by its unofficial rendering (tooling/quote-translations.ts).
  const renderings = i18n.language === 'fr' ? [] : asRenderings(t(`common:org.${organisation}.quoteRenderings`, { returnObjects: true }));
  const renderingOf = (text: string) => renderings.find((r) => r.fr === text)?.en;
  const actionSteps = asList(t(meta.action, { returnObjects: true }));
  // No alternative text: the policy offers nothing beyond whom to ask, said in one line under the contact.
  const alternative = i18n.exists(meta.alternative, { ns }) ? t(meta.alternative) : undefined;
  // Printed on one page: the longest endings in slightly smaller type (8.5 pt, the least allowed).
  const printedLength = [
    t(meta.summary),
    ...actionSteps,
    alternative ?? '',
    t(meta.reason),
    ...meta.quotes.map((q) => q.text),
    ...(meta.checklist ?? []).map((item) => t(item)),
    ...position.trail.flatMap((step) => [t(step.question.question), t(step.answer.label)]),
  ].join('').length;
  return (
    <>
      <BackLink lang={lang} scenario={ns} organisation={organisation} answers={answers} pathTo={pathTo} />
      <OtherOrganisationNotice organisation={organisation} />
      <div className={`verdict verdict--${meta.verdict}`}>
        <StepCaption scenario={ns} organisation={organisation} />
        <PageHeading text={t('common:ending.verdictHeading', { verdict })} stepKey={`${ns}:${answers.join('.')}:end`}>
          <span className="verdict-label">{t('common:ending.verdictLabel')}</span> <span className="verdict-text">{verdict}</span>
        </PageHeading>
        <p className="verdict-explained">{t(`common:ending.verdictExplained.${meta.verdict}`)}</p>
      </div>
      <p className="lead ending-summary" data-print-compact={printedLength > PRINT_COMPACT_FROM ? '' : undefined}>
        <strong>{t(meta.summary)}</strong>
      </p>

      {/* What to do, all of it before the reason: the bench and tests measure where this part ends. */}
      <div className="ending-todo">
        <h2>{t('common:ending.action')}</h2>
        {actionSteps.length > 1 ? (
          <ol className="steps">
            {actionSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        ) : (
          <p className="step-single">{actionSteps[0]}</p>
        )}

        {meta.checklist && (
          <>
            {/* Native checkboxes: they work without script, print as ticked, and stay on this page only. */}
            <fieldset className="checklist" aria-describedby="checklist-hint">
              <legend>
                <h2>{t('common:ending.checklist')}</h2>
              </legend>
              <p id="checklist-hint" className="hint">
                {t('common:ending.checklistHint')}
              </p>
              <ul>
                {meta.checklist.map((item, index) => (
                  <li key={item} className="check">
                    <input type="checkbox" id={`check-${index}`} name={item} />
                    <label htmlFor={`check-${index}`}>{t(item)}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </>
        )}

        <h2>{t('common:ending.contact')}</h2>
        <p className="ending-contact">{t(`common:org.${organisation}.contacts.${meta.contact}`)}</p>
        {alternative === undefined && <p className="no-alternative">{t(`common:org.${organisation}.noAlternative`)}</p>}
      </div>
      {alternative !== undefined && (
        <>
          <h2>{t('common:ending.alternative')}</h2>
          <p>{alternative}</p>
        </>
      )}

      <h2 className="ending-why">{t('common:ending.reason')}</h2>
      <p>{t(meta.reason)}</p>

      <h2>{t('common:ending.quotes')}</h2>
      {i18n.language !== 'fr' && <p className="caption">{t('common:ending.quotesNote')}</p>}
      {meta.quotes.map((quote) => {
        const rendering = renderingOf(quote.text);
        return (
          <figure key={quote.text} className="policy-quote">
            <blockquote lang="fr">
              <p>{quote.text}</p>
            </blockquote>
            {rendering && (
              <p className="quote-rendering" lang="en">
                <span className="quote-rendering-label">{t('common:ending.unofficialTranslation')}</span> {rendering}
              </p>
            )}
            <figcaption>{t('common:ending.quoteSource', { section: t(quote.section) })}</figcaption>
          </figure>
        );
      })}

      <h2>{t('common:ending.citation')}</h2>
      <p className="citation">
        {t('common:ending.citationDocument', {
          policy: t(`common:org.${meta.citation.document}.policy`),
          organisation: t(`common:org.${meta.citation.document}.name`),
          date: t(`common:org.${meta.citation.document}.date`),
        })}
      </p>
      <ul className="citation-sections">
        {meta.citation.sections.map((section) => (
          <li key={section}>{t(section)}</li>
        ))}
      </ul>

      <h2>{t('common:ending.yourAnswers')}</h2>
      <AnswerSummary ns={ns} trail={position.trail} pathTo={pathTo} />

      <p className="notice">{t('common:ending.disclaimer')}</p>
      <LaterRecord ns={ns} organisation={organisation} meta={meta} trail={position.trail} answers={answers} homePath={homePath} />
      <ul className="link-list">
        {answers.length > 0 && (
          <li>
            <Link href={pathTo([])}>{t('common:question.restart')}</Link>
          </li>
        )}
        <li>
          <Link href={homePath}>{t('common:ending.otherSituations')}</Link>
        </li>
      </ul>
    </>
  );
}

function asRenderings(value: unknown): { fr: string; en: string }[] {
  return Array.isArray(value) ? (value as { fr: string; en: string }[]) : [];
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [String(value)];
}

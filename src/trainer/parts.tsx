import { useTranslation } from 'react-i18next';
import type { PolicyQuote } from '../../engine/model';
import type { TrailStep } from '../../engine/walk';
import type { Language } from '../i18n/languages';

/** The facts of a case: each question and the answer taken, nothing added. */
export function Facts({ ns, trail }: { ns: string; trail: TrailStep[] }) {
  const { t } = useTranslation([ns, 'common']);
  if (trail.length === 0) return <p className="facts">{t('common:trainer.facts.none')}</p>;
  return (
    <dl className="facts">
      {trail.map((step) => (
        <div key={step.state} className="fact">
          <dt>{t(step.question.question)}</dt>
          <dd>{t(step.answer.label)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The policy's own words (French, word for word), with the section each comes from. */
export function PolicyQuotes({ quotes, ns, lang }: { quotes: readonly PolicyQuote[]; ns: string; lang: Language }) {
  const { t } = useTranslation([ns, 'common']);
  return (
    <>
      {lang !== 'fr' && <p className="caption">{t('common:ending.quotesNote')}</p>}
      {quotes.map((quote) => (
        <figure key={quote.text} className="policy-quote">
          <blockquote lang="fr">
            <p>{quote.text}</p>
          </blockquote>
          <figcaption>{t('common:ending.quoteSource', { section: t(quote.section) })}</figcaption>
        </figure>
      ))}
    </>
  );
}

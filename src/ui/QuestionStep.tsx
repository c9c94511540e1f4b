import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Position } from '../../engine/walk';
import type { Language } from '../i18n/languages';
import { PageHeading } from './PageHeading';
import { StepTop } from './StepTop';
import { useEarlierChoice, type EarlierChoice } from './earlierChoice';

type QuestionPosition = Extract<Position, { kind: 'question' }>;

/**
 * One question per page. Each answer is a link to the next step's own path, so the walk
 * works on a static host with no script at all (a form would need a server to turn its
 * submission into that path). The links sit in a fieldset whose legend is the page's h1,
 * so assistive technologies announce the question with the answers.
 */
export function QuestionStep({
  ns,
  position,
  answers,
  pathTo,
  lang,
  organisation,
}: {
  ns: string;
  position: QuestionPosition;
  answers: string[];
  pathTo: (answers: readonly string[]) => string;
  lang: Language;
  organisation: string;
}) {
  const { t } = useTranslation([ns, 'common']);
  const { meta, state } = position;
  const earlier = useEarlierChoice(meta.options.map((o) => o.event));
  const hintId = `${state}-hint`;

  return (
    <>
      <StepTop lang={lang} scenario={ns} organisation={organisation} answers={answers} pathTo={pathTo} />
      <fieldset className="question" aria-describedby={meta.hint ? hintId : undefined}>
        <legend>
          <PageHeading text={t(meta.question)} stepKey={`${ns}:${answers.join('/')}`} />
        </legend>
        {meta.hint && (
          <p id={hintId} className="hint">
            {t(meta.hint)}
          </p>
        )}
        <ul className="answers">
          {meta.options.map((option) => {
            const chosen = earlier?.chosen === option.event;
            // « Modifier » then the same answer again: back to where the user was, later answers kept.
            const direct = [...answers, option.event];
            const next = chosen && earlier?.later && startsWith(earlier.later, direct) ? earlier.later : direct;
            return (
              <li key={option.event}>
                <Link
                  href={pathTo(next)}
                  className={chosen ? 'answer answer--chosen' : 'answer'}
                  data-answer={option.event}
                  aria-current={chosen ? 'true' : undefined}
                  // Browser back to this page then shows this answer as the one chosen.
                  onClick={() => rememberChoiceOnThisPage(option.event)}
                >
                  <span className="answer-label">{t(option.label)}</span>
                  {chosen && <span className="answer-tag">{t('common:question.yourAnswer')}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {answers.length > 0 && (
        <p>
          <Link href={pathTo([])}>{t('common:question.restart')}</Link>
        </p>
      )}
    </>
  );
}

function startsWith(list: readonly string[], prefix: readonly string[]) {
  return prefix.every((item, index) => list[index] === item);
}

function rememberChoiceOnThisPage(event: string) {
  try {
    history.replaceState({ ...(history.state as object | null), chosen: event } satisfies EarlierChoice, '');
  } catch {
    // A browser that refuses history state only loses the highlight on the way back.
  }
}

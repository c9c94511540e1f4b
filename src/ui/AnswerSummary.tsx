import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TrailStep } from '../../engine/walk';
import type { EarlierChoice } from './earlierChoice';

/** « Vos réponses »: each question with its answer and a « Modifier » link back to it. */
export function AnswerSummary({ ns, trail, pathTo }: { ns: string; trail: TrailStep[]; pathTo: (answers: readonly string[]) => string }) {
  const { t } = useTranslation([ns, 'common']);
  if (trail.length === 0) return <p>{t('common:ending.noQuestion')}</p>;
  const last = trail.at(-1)!;
  const allAnswers = [...last.answersBefore, last.answer.event];
  return (
    <dl className="summary-list">
      {trail.map((step) => {
        const question = t(step.question.question);
        return (
          <div className="summary-row" key={step.state}>
            <dt>{question}</dt>
            <dd>{t(step.answer.label)}</dd>
            <dd className="summary-action">
              <Link href={pathTo(step.answersBefore)} state={{ chosen: step.answer.event, later: allAnswers } satisfies EarlierChoice}>
                {t('common:ending.change')} <span className="visually-hidden">{t('common:ending.changeHidden', { question })}</span>
              </Link>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

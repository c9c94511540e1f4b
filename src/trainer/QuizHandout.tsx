import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { scenarios } from '../../machines/index';
import { VERDICTS } from '../../engine/model';
import { walk } from '../../engine/walk';
import type { Language } from '../i18n/languages';
import { trainerPath } from '../routes';
import { PageHeading } from '../ui/PageHeading';
import { Facts } from './parts';
import { loadScenarios } from './scenarios';
import { selectionFromSearch } from './selection';
import { casesFor } from './session';

/**
 * The quiz on paper: a sheet of numbered cases (the facts, and the seven verdicts to tick),
 * then, on a page of its own, the answer key. The selection comes from the address; with
 * none (the prerendered page), every scenario.
 */
export function QuizHandout({ lang }: { lang: Language }) {
  const { t } = useTranslation(['common', 'catalogue']);
  const asked = selectionFromSearch(useSearch()).ids;
  const ids = asked.length > 0 ? asked : scenarios.map((s) => s.id);
  const machines = use(loadScenarios(lang, ids));
  const cases = casesFor('quiz', ids.map((id) => ({ id, machine: machines.get(id)! })));
  return (
    <div className="trainer-wide quiz-handout">
      <p className="caption no-print">
        <Link href={trainerPath(lang)}>{t('trainer.home.title')}</Link>
      </p>
      <PageHeading text={t('trainer.handout.title')} />
      <p className="hint no-print">{t('trainer.handout.printHint')}</p>
      <p>{t('trainer.handout.instructions')}</p>
      <ol className="quiz-sheet">
        {cases.map((c, i) => {
          const position = walk(machines.get(c.scenario)!, c.answers ?? []);
          return (
            <li key={i} className="quiz-case">
              <h2>{t('trainer.summary.caseTitle', { number: i + 1, title: t(`${c.scenario}.title`, { ns: 'catalogue' }) })}</h2>
              <Facts ns={c.scenario} trail={position.trail} />
              <p className="quiz-choices">
                <span className="visually-hidden">{t('trainer.handout.choices')}</span>
                {VERDICTS.map((v) => (
                  <span key={v} className="quiz-choice">
                    <span aria-hidden="true">☐</span> {t(`ending.verdict.${v}`)}
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
      <section className="answer-key" aria-labelledby="answer-key-title">
        <h2 id="answer-key-title">{t('trainer.handout.keyTitle')}</h2>
        <ol>
          {cases.map((c, i) => {
            const position = walk(machines.get(c.scenario)!, c.answers ?? []);
            if (position.kind !== 'ending') return null;
            return (
              <li key={i}>
                <AnswerKeyItem ns={c.scenario} verdict={position.meta.verdict} summary={position.meta.summary} />
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

function AnswerKeyItem({ ns, verdict, summary }: { ns: string; verdict: (typeof VERDICTS)[number]; summary: string }) {
  const { t } = useTranslation([ns, 'common']);
  return (
    <>
      <strong>{t(`common:ending.verdict.${verdict}`)}</strong> — {t(summary)}
    </>
  );
}

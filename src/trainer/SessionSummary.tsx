import { useTranslation } from 'react-i18next';
import { type Verdict } from '../../engine/model';
import { walk, type Position } from '../../engine/walk';
import type { Language } from '../i18n/languages';
import { PageHeading } from '../ui/PageHeading';
import { Facts, PolicyQuotes } from './parts';
import { type SessionContext } from './session';

import { type Machines } from './scenarios';

/** The end of a session: the score and each missed case, printable. */
export function Summary({
  lang,
  context,
  machines,
  stepKey,
  onRestart,
  onNew,
}: {
  lang: Language;
  context: SessionContext;
  machines: Machines;
  stepKey: string;
  onRestart: () => void;
  onNew: () => void;
}) {
  const { t } = useTranslation(['common', 'catalogue']);
  const results = context.cases.map((c, i) => {
    const answers = context.walked[i] ?? c.answers ?? [];
    const position = walk(machines.get(c.scenario)!, answers);
    return { c, i, position, guess: context.guesses[i] ?? null };
  });
  const guessed = results.filter((r) => r.guess !== null && r.position.kind === 'ending');
  const right = guessed.filter((r) => r.position.kind === 'ending' && r.guess === r.position.meta.verdict);
  const missed = guessed.filter((r) => !right.includes(r));
  return (
    <div className="session-summary">
      <PageHeading text={t('trainer.summary.title')} stepKey={stepKey} />
      <p className="lead session-score">
        {guessed.length === 0 ? t('trainer.summary.noGuesses') : t('trainer.summary.score', { right: right.length, total: guessed.length })}
      </p>
      <h2>{t('trainer.summary.missedTitle')}</h2>
      {missed.length === 0 ? (
        <p>{t('trainer.summary.noneMissed')}</p>
      ) : (
        <ol className="missed-cases">
          {missed.map(({ c, i, position, guess }) =>
            position.kind === 'ending' ? (
              <li key={i}>
                <MissedCase ns={c.scenario} number={i + 1} position={position} guess={guess!} lang={lang} />
              </li>
            ) : null,
          )}
        </ol>
      )}
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('trainer.summary.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={onRestart}>
          {t('trainer.summary.restart')}
        </button>
        <button type="button" className="button button--secondary" onClick={onNew}>
          {t('trainer.session.newSession')}
        </button>
      </div>
    </div>
  );
}

export function MissedCase({ ns, number, position, guess, lang }: { ns: string; number: number; position: Extract<Position, { kind: 'ending' }>; guess: Verdict; lang: Language }) {
  const { t } = useTranslation([ns, 'common', 'catalogue']);
  const { meta } = position;
  return (
    <article className="missed-case">
      <h3>{t('common:trainer.summary.caseTitle', { number, title: t(`${ns}.title`, { ns: 'catalogue' }) })}</h3>
      <Facts ns={ns} trail={position.trail} />
      <p>
        {t('common:trainer.summary.roomSaid', { verdict: t(`common:ending.verdict.${guess}`) })}{' '}
        <strong>{t('common:trainer.summary.policySays', { verdict: t(`common:ending.verdict.${meta.verdict}`) })}</strong>
      </p>
      <p>{t(meta.summary)}</p>
      <p>
        <strong>{t('common:trainer.summary.reasonLabel')}</strong> {t(meta.reason)}
      </p>
      <PolicyQuotes quotes={meta.quotes} ns={ns} lang={lang} />
    </article>
  );
}

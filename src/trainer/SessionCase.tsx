import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type ScenarioMachine, type Verdict } from '../engine/model';
import { type Position } from '../engine/walk';
import type { Language } from '../i18n/languages';
import { PageHeading } from '../ui/PageHeading';
import { DiagramList, DiagramSvg, useDiagram } from './Diagram';
import { Facts, PolicyQuotes } from './parts';
import { type SessionContext, type SessionEvent, type SessionState } from './session';

/** One case of a session: its question, the room's guess, the revealed answer. */
export function CaseView({
  lang,
  value,
  context,
  machine,
  position,
  stepKey,
  send,
  endsAfter,
}: {
  lang: Language;
  value: Exclude<SessionState, 'choose' | 'summary'>;
  context: SessionContext;
  machine: ScenarioMachine;
  position: Position;
  stepKey: string;
  send: (event: SessionEvent) => void;
  endsAfter: (answers: string[]) => boolean;
}) {
  const current = context.cases[context.index]!;
  const ns = current.scenario;
  const { t } = useTranslation([ns, 'common', 'catalogue']);
  const { diagram, placed } = useDiagram(machine, ns);
  const quiz = context.mode === 'quiz';
  const title = t(`${ns}.title`, { ns: 'catalogue' });
  const revealed = value === 'reveal';
  // The diagram is the map of a walk: shown while presenting, and in a quiz only once revealed (it would give the answer away).
  const showDiagram = !quiz || revealed;
  const hiddenEndings = revealed ? new Set<string>() : new Set(diagram.nodes.filter((n) => n.kind === 'ending').map((n) => n.id));
  const jump = quiz ? undefined : (answers: string[]) => send({ type: 'JUMP', answers, ends: endsAfter(answers) });

  let main: ReactNode;
  if (value === 'present' && quiz) {
    main = (
      <>
        <p className="caption">{title}</p>
        <PageHeading text={t('common:trainer.session.factsTitle', { number: context.index + 1 })} stepKey={stepKey} />
        <Facts ns={ns} trail={position.trail} />
        <div className="button-row">
          <button type="button" className="button" onClick={() => send({ type: 'FORWARD', ends: true })}>
            {t('common:trainer.session.toGuess')}
          </button>
        </div>
      </>
    );
  } else if (value === 'present' && position.kind === 'question') {
    main = (
      <>
        <p className="caption">{title}</p>
        <PageHeading text={t(position.meta.question)} stepKey={stepKey} />
        {position.meta.hint && <p className="hint">{t(position.meta.hint)}</p>}
        <ol className="session-answers">
          {position.meta.options.map((option, i) => {
            const answers = [...context.answers, option.event];
            return (
              <li key={option.event}>
                <button
                  type="button"
                  className="session-choice"
                  data-answer={option.event}
                  onClick={() => send({ type: 'ANSWER', answer: option.event, ends: endsAfter(answers) })}
                >
                  <kbd aria-hidden="true">{i + 1}</kbd> {t(option.label)}
                </button>
              </li>
            );
          })}
        </ol>
        <BackButton disabled={context.answers.length === 0} onBack={() => send({ type: 'BACK' })} />
      </>
    );
  } else if (value === 'guess' && position.kind === 'ending') {
    const guess = context.guesses[context.index];
    main = (
      <>
        <p className="caption">{title}</p>
        {quiz && <Facts ns={ns} trail={position.trail} />}
        <PageHeading text={t('common:trainer.session.guessTitle')} stepKey={stepKey} />
        <fieldset className="verdict-choices">
          <legend>{t(quiz ? 'common:trainer.session.guessLegendQuiz' : 'common:trainer.session.guessLegend')}</legend>
          <ol>
            {VERDICTS.map((verdict, i) => (
              <li key={verdict}>
                <button
                  type="button"
                  className="session-choice"
                  aria-pressed={guess === verdict}
                  data-verdict={verdict}
                  onClick={() => send({ type: 'GUESS', verdict })}
                >
                  <kbd aria-hidden="true">{i + 1}</kbd> {t(`common:ending.verdict.${verdict}`)}
                </button>
              </li>
            ))}
          </ol>
        </fieldset>
        <p className="session-guess-status" role="status">
          {guess ? t('common:trainer.session.guessRecorded', { verdict: t(`common:ending.verdict.${guess}`) }) : quiz ? t('common:trainer.session.guessNeeded') : ''}
        </p>
        <div className="button-row">
          <button type="button" className="button" aria-disabled={quiz && !guess} onClick={() => send({ type: 'REVEAL' })}>
            {t('common:trainer.session.reveal')}
          </button>
          <BackButton disabled={!quiz && context.answers.length === 0} onBack={() => send({ type: 'BACK' })} />
        </div>
      </>
    );
  } else if (value === 'reveal' && position.kind === 'ending') {
    const guess = context.guesses[context.index];
    const { meta } = position;
    const verdict = t(`common:ending.verdict.${meta.verdict}`);
    const last = context.index + 1 >= context.cases.length;
    main = (
      <>
        <p className="caption">{title}</p>
        <div className={`verdict verdict--${meta.verdict}`}>
          <PageHeading text={t('common:ending.verdictHeading', { verdict })} stepKey={stepKey}>
            <span className="verdict-label">{t('common:ending.verdictLabel')}</span> <span className="verdict-text">{verdict}</span>
          </PageHeading>
        </div>
        <p className="session-guess-result">
          <GuessResult guess={guess ?? null} right={meta.verdict} />
        </p>
        <p className="lead">
          <strong>{t(meta.summary)}</strong>
        </p>
        <h2>{t('common:ending.quotes')}</h2>
        <PolicyQuotes quotes={meta.quotes} ns={ns} lang={lang} />
        <h2>{t('common:ending.reason')}</h2>
        <p>{t(meta.reason)}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => send({ type: 'NEXT' })}>
            {t(last ? 'common:trainer.session.toSummary' : 'common:trainer.session.nextCase')}
          </button>
          <BackButton onBack={() => send({ type: 'BACK' })} />
        </div>
      </>
    );
  }

  return (
    <div className={`session-stage${showDiagram ? ' session-stage--with-diagram' : ''}`}>
      <section className="session-main" aria-live="off">
        {main}
      </section>
      {showDiagram && (
        <section className="session-diagram" aria-labelledby="session-diagram-title">
          <h2 id="session-diagram-title" className="visually-hidden">
            {t('common:trainer.diagram.title')}
          </h2>
          <DiagramSvg
            diagram={diagram}
            placed={placed}
            answers={context.answers}
            title={t('common:trainer.diagram.svgTitle', { title })}
            onJump={jump}
            hiddenEndings={hiddenEndings}
            hiddenLabel={t('common:trainer.diagram.hidden')}
          />
          <details className="diagram-details">
            <summary>{t('common:trainer.diagram.asList')}</summary>
            <DiagramList
              diagram={diagram}
              ns={ns}
              answers={context.answers}
              hiddenEndings={hiddenEndings}
              action={
                jump
                  ? (answers, text, here) => (
                      <button type="button" className="link-button" aria-current={here ? 'step' : undefined} onClick={() => jump(answers)}>
                        {text}
                      </button>
                    )
                  : undefined
              }
            />
          </details>
        </section>
      )}
    </div>
  );
}

export function BackButton({ disabled = false, onBack }: { disabled?: boolean; onBack: () => void }) {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="button button--secondary" aria-disabled={disabled} onClick={disabled ? undefined : onBack}>
      {t('trainer.session.back')}
    </button>
  );
}

export function GuessResult({ guess, right }: { guess: Verdict | null; right: Verdict }) {
  const { t } = useTranslation('common');
  if (!guess) return <>{t('trainer.session.noGuess')}</>;
  const guessed = t(`ending.verdict.${guess}`);
  return <>{guess === right ? t('trainer.session.guessRight', { verdict: guessed }) : t('trainer.session.guessWrong', { verdict: guessed, right: t(`ending.verdict.${right}`) })}</>;
}

import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type EndingMeta, type ScenarioMachine, type Verdict } from '../../engine/model';
import { type Position } from '../../engine/walk';
import type { Language } from '../i18n/languages';
import { PageHeading } from '../ui/PageHeading';
import { DiagramList, DiagramSvg, useDiagram } from './Diagram';
import { Facts, PolicyQuotes } from './parts';
import { type SessionContext, type SessionEvent, type SessionState } from './session';

interface CaseProps {
  lang: Language;
  value: Exclude<SessionState, 'choose' | 'summary'>;
  context: SessionContext;
  machine: ScenarioMachine;
  position: Position;
  stepKey: string;
  send: (event: SessionEvent) => void;
  endsAfter: (answers: string[]) => boolean;
  /** Once revealed: the why, the quotes and whom to ask, shown in place of the diagram (key D). */
  details: RevealDetailsToggle;
}

export interface RevealDetailsToggle {
  shown: boolean;
  toggle: () => void;
}

/** What every phase of a case gets: the case's texts and title, where it stands, and how to move on. */
interface PhaseProps {
  ns: string;
  title: string;
  quiz: boolean;
  context: SessionContext;
  stepKey: string;
  send: (event: SessionEvent) => void;
}

/**
 * One case of a session, in four phases: a quiz case's facts, a question (presenting), the
 * room's guess, the revealed answer; beside them, the scenario's diagram.
 */
export function CaseView({ lang, value, context, machine, position, stepKey, send, endsAfter, details }: CaseProps) {
  const ns = context.cases[context.index]!.scenario;
  const { t } = useTranslation([ns, 'common', 'catalogue']);
  const quiz = context.mode === 'quiz';
  const phase: PhaseProps = { ns, title: t(`${ns}.title`, { ns: 'catalogue' }), quiz, context, stepKey, send };
  const revealed = value === 'reveal';
  let main: ReactNode = null;
  if (value === 'present' && quiz) main = <QuizFacts {...phase} position={position} />;
  else if (value === 'present' && position.kind === 'question') main = <QuestionPhase {...phase} position={position} endsAfter={endsAfter} />;
  else if (value === 'guess' && position.kind === 'ending') main = <GuessPhase {...phase} position={position} />;
  else if (revealed && position.kind === 'ending') main = <RevealPhase {...phase} position={position} details={details} />;
  // The diagram is the map of a walk: shown while presenting, and in a quiz only once revealed (it would give the answer away).
  const showDiagram = !quiz || revealed;
  const showDetails = revealed && details.shown && position.kind === 'ending';
  return (
    <div className={`session-stage${showDiagram ? ' session-stage--with-diagram' : ''}`}>
      <section className="session-main" aria-live="off">
        {main}
      </section>
      {showDetails ? (
        <RevealDetails ns={ns} meta={position.meta} lang={lang} />
      ) : (
        showDiagram && <CaseDiagram {...phase} machine={machine} revealed={revealed} endsAfter={endsAfter} />
      )}
    </div>
  );
}

/** A quiz case: the facts of the situation, before the room guesses. */
function QuizFacts({ ns, title, context, stepKey, send, position }: PhaseProps & { position: Position }) {
  const { t } = useTranslation([ns, 'common']);
  return (
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
}

/** Presenting: the question and its answers, each a numbered key. */
function QuestionPhase({
  ns,
  title,
  context,
  stepKey,
  send,
  position,
  endsAfter,
}: PhaseProps & { position: Extract<Position, { kind: 'question' }>; endsAfter: (answers: string[]) => boolean }) {
  const { t } = useTranslation([ns, 'common']);
  return (
    <>
      <p className="caption">{title}</p>
      <PageHeading text={t(position.meta.question)} stepKey={stepKey} />
      <ol className="session-answers">
        {position.meta.options.map((option, i) => {
          const answers = [...context.answers, option.event];
          return (
            <li key={option.event}>
              <button type="button" className="session-choice" data-answer={option.event} onClick={() => send({ type: 'ANSWER', answer: option.event, ends: endsAfter(answers) })}>
                <kbd aria-hidden="true">{i + 1}</kbd> {t(option.label)}
              </button>
            </li>
          );
        })}
      </ol>
      {/* After the answers: on a projector the answers stay on the screen however long the hint. */}
      {position.meta.hint && <p className="hint">{t(position.meta.hint)}</p>}
      <BackButton disabled={context.answers.length === 0} onBack={() => send({ type: 'BACK' })} />
    </>
  );
}

/** The room's guess among the seven verdicts, before the reveal. */
function GuessPhase({ ns, title, quiz, context, stepKey, send, position }: PhaseProps & { position: Extract<Position, { kind: 'ending' }> }) {
  const { t } = useTranslation([ns, 'common']);
  const guess = context.guesses[context.index];
  return (
    <>
      <p className="caption">{title}</p>
      {quiz && <Facts ns={ns} trail={position.trail} />}
      <PageHeading text={t('common:trainer.session.guessTitle')} stepKey={stepKey} />
      <fieldset className="verdict-choices">
        <legend>{t(quiz ? 'common:trainer.session.guessLegendQuiz' : 'common:trainer.session.guessLegend')}</legend>
        <ol>
          {VERDICTS.map((verdict, i) => (
            <li key={verdict}>
              <button type="button" className="session-choice" aria-pressed={guess === verdict} data-verdict={verdict} onClick={() => send({ type: 'GUESS', verdict })}>
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
}

/**
 * The answer revealed, all on one screen: the verdict, the guess against it, the short answer
 * and the way on. The why, the quotes and whom to ask take the diagram's place on demand (D).
 */
function RevealPhase({ ns, title, context, stepKey, send, position, details }: PhaseProps & { position: Extract<Position, { kind: 'ending' }>; details: RevealDetailsToggle }) {
  const { t } = useTranslation([ns, 'common']);
  const guess = context.guesses[context.index];
  const { meta } = position;
  const verdict = t(`common:ending.verdict.${meta.verdict}`);
  const last = context.index + 1 >= context.cases.length;
  return (
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
      <div className="button-row">
        <button type="button" className="button" onClick={() => send({ type: 'NEXT' })}>
          {t(last ? 'common:trainer.session.toSummary' : 'common:trainer.session.nextCase')}
        </button>
        <button type="button" className="button button--secondary" aria-expanded={details.shown} aria-controls="session-details" onClick={details.toggle}>
          {t(details.shown ? 'common:trainer.session.hideDetails' : 'common:trainer.session.showDetails')}
        </button>
        <BackButton onBack={() => send({ type: 'BACK' })} />
      </div>
    </>
  );
}

/** Beside the revealed answer, in the diagram's place: why, the policy's own words, whom to ask. */
function RevealDetails({ ns, meta, lang }: { ns: string; meta: EndingMeta; lang: Language }) {
  const { t } = useTranslation([ns, 'common']);
  return (
    // Focusable, so that a keyboard can scroll it when it is longer than the screen.
    <section id="session-details" className="session-details" tabIndex={0} aria-labelledby="session-details-title">
      <h2 id="session-details-title" className="visually-hidden">
        {t('common:trainer.session.detailsTitle')}
      </h2>
      <h3>{t('common:ending.reason')}</h3>
      <p>{t(meta.reason)}</p>
      <h3>{t('common:ending.quotes')}</h3>
      <PolicyQuotes quotes={meta.quotes} ns={ns} lang={lang} />
      <h3>{t('common:ending.contact')}</h3>
      <p>{t(`common:org.${meta.citation.document}.contacts.${meta.contact}`)}</p>
    </section>
  );
}

/** The scenario's diagram beside the case, as a drawing and as a list; presenting, a click jumps to a step. */
function CaseDiagram({
  ns,
  title,
  quiz,
  context,
  send,
  machine,
  revealed,
  endsAfter,
}: PhaseProps & { machine: ScenarioMachine; revealed: boolean; endsAfter: (answers: string[]) => boolean }) {
  const { t } = useTranslation([ns, 'common']);
  const { diagram, placed } = useDiagram(machine, ns);
  const hiddenEndings = revealed ? new Set<string>() : new Set(diagram.nodes.filter((n) => n.kind === 'ending').map((n) => n.id));
  const jump = quiz ? undefined : (answers: string[]) => send({ type: 'JUMP', answers, ends: endsAfter(answers) });
  return (
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

import { useActorRef, useSelector } from '@xstate/react';
import { use, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { findScenario } from '../../machines/index';
import { VERDICTS, type ScenarioMachine, type Verdict } from '../engine/model';
import { walk, type Position } from '../engine/walk';
import type { Language } from '../i18n/languages';
import { trainerPath } from '../routes';
import { PageHeading } from '../ui/PageHeading';
import { DiagramList, DiagramSvg, useDiagram } from './Diagram';
import { Facts, PolicyQuotes } from './parts';
import { selectionFromSearch, type Selection } from './selection';
import {
  SESSION_STORAGE_KEY,
  casesFor,
  parseSavedSession,
  serialiseSession,
  sessionFitsMachines,
  sessionMachine,
  type SavedSession,
  type SessionContext,
  type SessionEvent,
  type SessionInput,
  type SessionState,
} from './session';

import { loadScenarios, type Machines } from './scenarios';

function readSaved(): ReturnType<typeof parseSavedSession> {
  try {
    return parseSavedSession(sessionStorage.getItem(SESSION_STORAGE_KEY), (id) => findScenario(id) !== undefined);
  } catch {
    return undefined; // no sessionStorage (private mode in some browsers, prerendering)
  }
}

function forgetSaved() {
  try {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // nothing saved, nothing to forget
  }
}

const sameSelection = (a: Selection, b: Pick<SessionContext, 'ids' | 'mode'>) => a.ids.join(',') === b.ids.join(',') && a.mode === b.mode;

/**
 * The session page. It resumes the session saved in this tab (sessionStorage) when the
 * address asks for the same selection, or for none; otherwise it starts the one the address
 * asks for. A saved session that cannot be read, or no longer fits the scenarios, is dropped
 * and the page says so.
 */
export function SessionPage({ lang }: { lang: Language }) {
  const search = useSearch();
  const [start] = useState(() => {
    const fromUrl = selectionFromSearch(search);
    const saved = readSaved();
    const resumable = typeof saved === 'object' && (fromUrl.ids.length === 0 || sameSelection(fromUrl, saved.context)) ? saved : undefined;
    return { fromUrl, saved: resumable, corrupted: saved === 'corrupted' };
  });
  const ids = [...new Set([...start.fromUrl.ids, ...(start.saved?.context.ids ?? [])])];
  const machines = use(loadScenarios(lang, ids));
  const [chosen] = useState(() => {
    if (start.saved && sessionFitsMachines(start.saved, machines)) return { saved: start.saved, corrupted: start.corrupted };
    const selection = start.fromUrl;
    const input: SessionInput = {
      ...selection,
      cases: casesFor(selection.mode, selection.ids.map((id) => ({ id, machine: machines.get(id)! }))),
    };
    return { input, corrupted: start.corrupted || start.saved !== undefined };
  });
  return <SessionRunner lang={lang} machines={machines} saved={chosen.saved} input={chosen.input} corrupted={chosen.corrupted} />;
}

function SessionRunner({
  lang,
  machines,
  saved,
  input,
  corrupted,
}: {
  lang: Language;
  machines: Machines;
  saved?: SavedSession;
  input?: SessionInput;
  corrupted: boolean;
}) {
  const { t } = useTranslation('common');
  const [, navigate] = useLocation();
  const actor = useActorRef(sessionMachine, {
    input: input ?? { mode: saved!.context.mode, ids: saved!.context.ids, cases: saved!.context.cases },
    ...(saved ? { snapshot: sessionMachine.resolveState(saved) } : {}),
  });
  const value = useSelector(actor, (s) => s.value as SessionState);
  const context = useSelector(actor, (s) => s.context);
  const send = (event: SessionEvent) => actor.send(event);

  // Every change is saved in this tab, so a reload resumes where the session was.
  useEffect(() => {
    const save = (snapshot: { value: unknown; context: SessionContext }) => {
      try {
        sessionStorage.setItem(SESSION_STORAGE_KEY, serialiseSession(snapshot as Parameters<typeof serialiseSession>[0]));
      } catch {
        // storage full or refused: the session goes on, unsaved
      }
    };
    save(actor.getSnapshot());
    const subscription = actor.subscribe(save);
    return () => subscription.unsubscribe();
  }, [actor]);

  const current = context.cases[context.index];
  const machine = current ? machines.get(current.scenario) : undefined;
  const position = machine ? walk(machine, context.answers) : undefined;
  const endsAfter = (answers: string[]) => (machine ? walk(machine, answers).kind === 'ending' : false);

  const newSession = () => {
    forgetSaved();
    actor.stop();
    navigate(trainerPath(lang));
  };

  // Keyboard: arrows next and back, a number picks an answer or a verdict, Space reveals, F full screen.
  const stage = useRef<HTMLDivElement>(null);
  const [fullscreenAvailable, setFullscreenAvailable] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    setFullscreenAvailable(Boolean(document.fullscreenEnabled && stage.current?.requestFullscreen));
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  };
  const keyAction = (key: string): (() => void) | undefined => {
    if (key === 'f' || key === 'F') return fullscreenAvailable ? toggleFullscreen : undefined;
    if (key === 'ArrowLeft' && (value === 'present' || value === 'guess' || value === 'reveal')) return () => send({ type: 'BACK' });
    if (key === 'ArrowRight') {
      if (value === 'choose') return () => send({ type: 'START' });
      if (value === 'present') return () => send({ type: 'FORWARD', ends: endsAfter([...context.answers, ...context.redo.slice(0, 1)]) });
      if (value === 'reveal') return () => send({ type: 'NEXT' });
    }
    if (key === ' ' && value === 'guess') return () => send({ type: 'REVEAL' });
    const n = /^[1-9]$/.test(key) ? Number(key) : undefined;
    if (n !== undefined && value === 'present' && context.mode === 'presentation' && position?.kind === 'question') {
      const option = position.meta.options[n - 1];
      if (option) return () => send({ type: 'ANSWER', answer: option.event, ends: endsAfter([...context.answers, option.event]) });
    }
    if (n !== undefined && value === 'guess') {
      const verdict = VERDICTS[n - 1];
      if (verdict) return () => send({ type: 'GUESS', verdict });
    }
    return undefined;
  };
  const keyActionRef = useRef(keyAction);
  keyActionRef.current = keyAction;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      const action = keyActionRef.current(event.key);
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    // Says that the keys work now (tests wait for it rather than press keys into the void).
    if (stage.current) stage.current.dataset.keyboard = 'ready';
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const stepKey = `${value}:${context.index}:${context.answers.join('/')}`;
  const progress =
    value === 'choose' || value === 'summary'
      ? undefined
      : t('trainer.session.progress', { current: context.index + 1, total: context.cases.length });

  return (
    <div className="trainer-wide session" ref={stage} data-session-state={value}>
      <div className="session-bar">
        <p className="session-progress">
          {t(`trainer.session.mode.${context.mode}`)}
          {progress && <> · {progress}</>}
        </p>
        <div className="session-tools">
          {fullscreenAvailable && (
            <button type="button" className="button button--secondary" onClick={toggleFullscreen}>
              {t(fullscreen ? 'trainer.session.exitFullscreen' : 'trainer.session.fullscreen')}
            </button>
          )}
          <button type="button" id="new-session" className="button button--secondary" onClick={newSession}>
            {t('trainer.session.newSession')}
          </button>
        </div>
      </div>
      {corrupted && (
        <p className="notice" role="status">
          {t('trainer.session.corrupted')}
        </p>
      )}
      {value === 'choose' && <Choose lang={lang} context={context} onStart={() => send({ type: 'START' })} stepKey={stepKey} />}
      {current && machine && position && value !== 'choose' && value !== 'summary' && (
        <CaseView
          lang={lang}
          value={value}
          context={context}
          machine={machine}
          position={position}
          stepKey={stepKey}
          send={send}
          endsAfter={endsAfter}
        />
      )}
      {value === 'summary' && <Summary lang={lang} context={context} machines={machines} stepKey={stepKey} onRestart={() => send({ type: 'RESTART' })} onNew={newSession} />}
      <details className="session-keys">
        <summary>{t('trainer.session.keys.title')}</summary>
        <ul>
          {(['next', 'back', 'number', 'space', 'fullscreen'] as const).map((k) => (
            <li key={k}>{t(`trainer.session.keys.${k}`)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function Choose({ lang, context, onStart, stepKey }: { lang: Language; context: SessionContext; onStart: () => void; stepKey: string }) {
  const { t } = useTranslation(['common', 'catalogue']);
  if (context.cases.length === 0) {
    return (
      <>
        <PageHeading text={t('trainer.session.emptyTitle')} stepKey={stepKey} />
        <p>{t('trainer.session.empty')}</p>
        <p>
          <Link href={trainerPath(lang)}>{t('trainer.session.backToChoice')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading text={t('trainer.session.readyTitle')} stepKey={stepKey} />
      <p className="lead">{t(`trainer.session.ready.${context.mode}`, { count: context.cases.length })}</p>
      <ul>
        {context.ids.map((id) => (
          <li key={id}>{t(`${id}.title`, { ns: 'catalogue' })}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={onStart}>
          {t('trainer.session.start')}
        </button>
        <Link href={trainerPath(lang)}>{t('trainer.session.backToChoice')}</Link>
      </div>
    </>
  );
}

function CaseView({
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

function BackButton({ disabled = false, onBack }: { disabled?: boolean; onBack: () => void }) {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="button button--secondary" aria-disabled={disabled} onClick={disabled ? undefined : onBack}>
      {t('trainer.session.back')}
    </button>
  );
}

function GuessResult({ guess, right }: { guess: Verdict | null; right: Verdict }) {
  const { t } = useTranslation('common');
  if (!guess) return <>{t('trainer.session.noGuess')}</>;
  const guessed = t(`ending.verdict.${guess}`);
  return <>{guess === right ? t('trainer.session.guessRight', { verdict: guessed }) : t('trainer.session.guessWrong', { verdict: guessed, right: t(`ending.verdict.${right}`) })}</>;
}

function Summary({
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

function MissedCase({ ns, number, position, guess, lang }: { ns: string; number: number; position: Extract<Position, { kind: 'ending' }>; guess: Verdict; lang: Language }) {
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

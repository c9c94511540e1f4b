import { useActorRef, useSelector } from '@xstate/react';
import { use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { findScenario } from '../../machines/index';
import { VERDICTS } from '../../engine/model';
import { walk } from '../../engine/walk';
import type { Language } from '../i18n/languages';
import { trainerPath } from '../routes';
import { PageHeading } from '../ui/PageHeading';
import { selectionFromSearch, type Selection } from './selection';
import { SESSION_STORAGE_KEY, casesFor, parseSavedSession, sessionFitsMachines, sessionMachine, type SavedSession, type SessionContext, type SessionEvent, type SessionInput, type SessionState } from './session';

import { loadScenarios, type Machines } from './scenarios';
import { CaseView } from './SessionCase';
import { useFullscreen, useSavedSession, useSessionKeys, useStepAtTop } from './sessionHooks';
import { Summary } from './SessionSummary';

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

  useSavedSession(actor);

  const current = context.cases[context.index];
  const machine = current ? machines.get(current.scenario) : undefined;
  const position = machine ? walk(machine, context.answers) : undefined;
  const endsAfter = (answers: string[]) => (machine ? walk(machine, answers).kind === 'ending' : false);

  const newSession = () => {
    forgetSaved();
    actor.stop();
    navigate(trainerPath(lang));
  };

  const stepKey = `${value}:${context.index}:${context.answers.join('/')}`;
  // Once revealed, the why and the quotes in the diagram's place: for this step only.
  const [detailsFor, setDetailsFor] = useState<string | null>(null);
  const details = { shown: detailsFor === stepKey, toggle: () => setDetailsFor(detailsFor === stepKey ? null : stepKey) };

  // Keyboard: arrows next and back, a number picks an answer or a verdict, Space reveals,
  // D shows the why, F full screen.
  const stage = useRef<HTMLDivElement>(null);
  const { available: fullscreenAvailable, active: fullscreen, toggle: toggleFullscreen } = useFullscreen(stage);
  const keyAction = (key: string): (() => void) | undefined => {
    if (key === 'f' || key === 'F') return fullscreenAvailable ? toggleFullscreen : undefined;
    if (key === 'ArrowLeft' && (value === 'present' || value === 'guess' || value === 'reveal')) return () => send({ type: 'BACK' });
    if (key === 'ArrowRight') {
      if (value === 'choose') return () => send({ type: 'START' });
      if (value === 'present') return () => send({ type: 'FORWARD', ends: endsAfter([...context.answers, ...context.redo.slice(0, 1)]) });
      if (value === 'reveal') return () => send({ type: 'NEXT' });
    }
    if (key === ' ' && value === 'guess') return () => send({ type: 'REVEAL' });
    const onQuizFacts = value === 'present' && context.mode === 'quiz';
    // A quiz case's facts: Space goes on to the reveal (which first asks for the room's answer).
    if (key === ' ' && onQuizFacts) return () => send({ type: 'FORWARD', ends: true });
    if ((key === 'd' || key === 'D') && value === 'reveal') return details.toggle;
    const n = /^[1-9]$/.test(key) ? Number(key) : undefined;
    if (n !== undefined && value === 'present' && context.mode === 'presentation' && position?.kind === 'question') {
      const option = position.meta.options[n - 1];
      if (option) return () => send({ type: 'ANSWER', answer: option.event, ends: endsAfter([...context.answers, option.event]) });
    }
    if (n !== undefined && (value === 'guess' || onQuizFacts)) {
      const verdict = VERDICTS[n - 1];
      if (verdict)
        return () => {
          if (onQuizFacts) send({ type: 'FORWARD', ends: true });
          send({ type: 'GUESS', verdict });
        };
    }
    return undefined;
  };
  useSessionKeys(keyAction);
  useEffect(() => {
    // Says that the keys work now (tests wait for it rather than press keys into the void).
    if (stage.current) stage.current.dataset.keyboard = 'ready';
  }, []);
  useStepAtTop(stage, value === 'choose' ? undefined : stepKey);
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
          details={details}
        />
      )}
      {value === 'summary' && <Summary lang={lang} context={context} machines={machines} stepKey={stepKey} onRestart={() => send({ type: 'RESTART' })} onNew={newSession} />}
      <details className="session-keys">
        <summary>{t('trainer.session.keys.title')}</summary>
        <ul>
          {(['next', 'back', 'number', 'space', 'details', 'fullscreen', 'diagram'] as const).map((k) => (
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

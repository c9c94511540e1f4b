import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { Actor } from 'xstate';
import { SESSION_STORAGE_KEY, serialiseSession, type SessionContext, type sessionMachine } from './session';

/** Every change of the session is saved in this tab, so a reload resumes where it was. */
export function useSavedSession(actor: Actor<typeof sessionMachine>) {
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
}

/** Full screen for the stage, where the browser offers it: whether it can, whether it is, and the switch. */
export function useFullscreen(stage: RefObject<HTMLElement | null>) {
  const [available, setAvailable] = useState(false);
  const [active, setActive] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react/set-state-in-effect -- the browser's support, known only once the stage is in the page
    setAvailable(Boolean(document.fullscreenEnabled && stage.current?.requestFullscreen));
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [stage]);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  };
  return { available, active, toggle };
}

/** The session's keys, anywhere on the page but in a text field: `actionFor(key)` says what a key does now (or nothing). */
export function useSessionKeys(actionFor: (key: string) => (() => void) | undefined) {
  const action = useEffectEvent(actionFor);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      // In the diagram or the why, the arrows scroll what is wider or taller than the screen.
      if (event.key.startsWith('Arrow') && target?.closest?.('.diagram-scroll, .session-details')) return;
      const run = action(event.key);
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Each step of a session starts at the top of the screen: the session's bar at the top of the
 * window (the site's header scrolled away), or of the full-screen stage. `stepKey` undefined:
 * leave the page where it is (the session's first screen).
 */
export function useStepAtTop(stage: RefObject<HTMLElement | null>, stepKey: string | undefined) {
  useEffect(() => {
    const element = stage.current;
    if (!element || stepKey === undefined) return;
    element.scrollTo({ top: 0, behavior: 'instant' });
    if (document.fullscreenElement !== element) window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY, behavior: 'instant' });
  }, [stage, stepKey]);
}

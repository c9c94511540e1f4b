import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import type { Language } from '../i18n/languages';
import { findScenario } from '../../machines/index';
import type { Route, TrainerView, RouteOf } from '../routes';
import { i18nFor, loadNamespaces } from '../ui/i18nInstances';
import { loadMoreTexts } from '../ui/moreTexts';
import { loadScenario } from '../ui/scenarioCache';
import { loadLayout } from './layouts';
import { loadScenarios } from './scenarios';
import { selectionFromSearch } from './selection';
import { QuizHandout } from './QuizHandout';
import { ScenarioSheet } from './ScenarioSheet';
import { SessionPage } from './SessionPage';
import { TrainerHome } from './TrainerHome';

/** The texts of every trainer page: its own, the verdicts' and answers' labels, and each organisation's policy and contacts. */
export const ready = (lang: Language) =>
  Promise.all([
    loadNamespaces(lang, ['common', 'catalogue']),
    loadMoreTexts(lang, 'trainer'),
    loadMoreTexts(lang, 'walker'),
    loadMoreTexts(lang, 'organisations'),
  ]);

/** What one trainer page's first screen needs besides: the scenarios it shows and their diagrams, started before the first render (src/main.tsx). */
export function preloadView(route: Route, search: string): Promise<unknown> {
  if (route.page !== 'trainer' || route.view === 'home') return Promise.resolve();
  const lang = route.lang;
  const ids = route.view === 'scenario' ? [route.id!] : selectionFromSearch(search).ids;
  return Promise.all([
    ...ids.flatMap((id) => {
      const entry = findScenario(id);
      return entry ? [loadScenario(entry, i18nFor(lang)), loadLayout(lang, id)] : [];
    }),
    // The session and the handout wait for their scenarios together: the same download, started now.
    ...(route.view === 'session' || route.view === 'quiz' ? [loadScenarios(lang, ids)] : []),
  ]);
}

/** Every trainer page: the choice of scenarios, a scenario's sheet, the session, the quiz handout. */
export function TrainerPage({ lang, view, id }: { lang: Language; view: TrainerView; id?: string }) {
  use(loadNamespaces(lang, ['common', 'catalogue']));
  const search = useSearch();
  const { t } = useTranslation('common');
  switch (view) {
    case 'home':
      return <TrainerHome lang={lang} />;
    case 'scenario':
      return <ScenarioSheet lang={lang} id={id!} />;
    case 'session':
      // A new selection in the address is a new page: it starts (or resumes) its own session.
      return (
        <>
          <noscript>
            <p className="notice">{t('trainer.session.needsScript')}</p>
          </noscript>
          <SessionPage key={search} lang={lang} />
        </>
      );
    case 'quiz':
      return <QuizHandout key={search} lang={lang} />;
  }
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'trainer'> }) {
  return <TrainerPage lang={route.lang} view={route.view} id={route.id} />;
}

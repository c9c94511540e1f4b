import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findScenario, type ScenarioEntry } from '../../machines/index';
import { walk } from '../../engine/walk';
import type { Language } from '../i18n/languages';
import { homePath, organisationPath, scenarioPath, type RouteOf } from '../routes';
import { EndingView } from './EndingView';
import { MessagePage } from './PageHeading';
import { QuestionStep } from './QuestionStep';
import { i18nFor } from './i18nInstances';
import { loadMoreTexts, loadOrganisationTexts } from './moreTexts';
import { loadScenario } from './scenarioCache';

/** The questions' and endings' own interface texts (« Retour », the verdicts…): not on the home page. */
export const ready = (lang: Language): Promise<unknown> =>
  loadMoreTexts(lang, 'walker');

export function ScenarioPage({ lang, id, answers }: { lang: Language; id: string; answers: string[] }) {
  const { t } = useTranslation('common');
  const entry = findScenario(id);
  if (!entry) {
    return (
      <MessagePage title={t('errors.unknownScenario.title')}>
        <p>{t('errors.unknownScenario.body', { id: id.slice(0, 80) })}</p>
        <p>
          <Link href={homePath(lang)}>{t('errors.unknownScenario.action')}</Link>
        </p>
      </MessagePage>
    );
  }
  return <ScenarioWalker key={id} lang={lang} entry={entry} answers={answers} />;
}

/** Renders any scenario machine: the answers in the URL say which step to show. */
function ScenarioWalker({ lang, entry, answers }: { lang: Language; entry: ScenarioEntry; answers: string[] }) {
  // The downloads all start before any is waited for.
  const texts = ready(lang);
  const organisationTexts = loadOrganisationTexts(lang, entry.organisation);
  const scenario = loadScenario(entry, i18nFor(lang));
  use(texts);
  use(organisationTexts);
  const machine = use(scenario);
  const { t } = useTranslation([entry.id, 'common']);

  const position = walk(machine, answers);
  const pathTo = (prefix: readonly string[]) => scenarioPath(lang, entry.id, prefix);
  switch (position.kind) {
    case 'question':
      return <QuestionStep key={answers.join('.')} ns={entry.id} position={position} answers={answers} pathTo={pathTo} lang={lang} organisation={entry.organisation} />;
    case 'ending':
      return <EndingView ns={entry.id} organisation={entry.organisation} position={position} answers={answers} pathTo={pathTo} lang={lang} homePath={organisationPath(lang, entry.organisation)} />;
    case 'invalid': {
      // The furthest valid step: a question to resume at, or the ending those answers reach.
      const resumeAt = position.validAnswers.length > 0 ? walk(machine, position.validAnswers) : undefined;
      return (
        <MessagePage title={t('common:errors.badAnswers.title')}>
          <p className="caption">{t('title')}</p>
          <p>{t('common:errors.badAnswers.body')}</p>
          <ul className="link-list">
            {resumeAt?.kind === 'question' && (
              <li>
                <Link href={pathTo(position.validAnswers)}>{t('common:errors.badAnswers.resume', { question: t(resumeAt.meta.question) })}</Link>
              </li>
            )}
            {resumeAt?.kind === 'ending' && (
              <li>
                <Link href={pathTo(position.validAnswers)}>{t('common:errors.badAnswers.seeAnswer')}</Link>
              </li>
            )}
            <li>
              <Link href={pathTo([])}>{t('common:errors.badAnswers.start')}</Link>
            </li>
          </ul>
        </MessagePage>
      );
    }
  }
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'scenario'> }) {
  return <ScenarioPage lang={route.lang} id={route.id} answers={route.answers} />;
}

import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import type { Language } from '../i18n/languages';
import type { TrainerView } from '../routes';
import { loadNamespaces } from '../ui/i18nInstances';
import { QuizHandout } from './QuizHandout';
import { ScenarioSheet } from './ScenarioSheet';
import { SessionPage } from './SessionPage';
import { TrainerHome } from './TrainerHome';

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

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../i18n/languages';
import { organisationPath } from '../routes';
import type { EarlierChoice } from './earlierChoice';
import { useCameFrom } from './cameFrom';
import { rememberOrganisation } from './rememberedOrganisation';
import { useOrganisationMemory } from './useOrganisationMemory';

interface StepProps {
  lang: Language;
  scenario: string;
  organisation: string;
  answers: string[];
  pathTo: (answers: readonly string[]) => string;
}

/**
 * « Retour » at the top of every question and ending: to the previous step; from the step the
 * user opened (a first question, or an ending reached with no question), back to where they
 * opened it: the search results with their query, or the organisation's page, which is also
 * where it leads without script.
 */
export function BackLink({ lang, scenario, organisation, answers, pathTo }: StepProps) {
  const { t } = useTranslation('common');
  const { here, kept } = useCameFrom(lang, scenario);
  const previous = answers.at(-1);
  const back = here ?? (previous === undefined ? (kept ?? organisationPath(lang, organisation)) : pathTo(answers.slice(0, -1)));
  return (
    <Link href={back} className="back-link" state={here === undefined && previous !== undefined ? ({ chosen: previous } satisfies EarlierChoice) : undefined}>
      {t('question.back')}
    </Link>
  );
}

/** The caption above the h1: the organisation, then the situation. */
export function StepCaption({ scenario, organisation }: Pick<StepProps, 'scenario' | 'organisation'>) {
  const { t } = useTranslation([scenario, 'common']);
  return (
    <p className="caption">
      <span className="caption-organisation">{t(`common:org.${organisation}.name`)}</span>
      <span className="caption-situation">{t('title')}</span>
    </p>
  );
}

/**
 * When the organisation kept on this device is another one, a plain notice that this situation
 * follows this organisation's policy. A first situation opened keeps its organisation, when
 * none is kept yet (an organisation's page always does).
 */
export function OtherOrganisationNotice({ organisation }: Pick<StepProps, 'organisation'>) {
  const { t } = useTranslation('common');
  const memory = useOrganisationMemory();
  useEffect(() => rememberOrganisation(organisation, { onlyIfNone: true }), [organisation]);
  if (memory.kind !== 'kept' || memory.id === organisation) return null;
  return (
    <p className="other-organisation" role="note">
      {t('question.otherOrganisation', { organisation: t(`org.${organisation}.name`), yours: t(`org.${memory.id}.name`) })}
    </p>
  );
}

/** The top of a question: « Retour », the caption, the notice. */
export function StepTop(props: StepProps) {
  return (
    <>
      <BackLink {...props} />
      <StepCaption scenario={props.scenario} organisation={props.organisation} />
      <OtherOrganisationNotice organisation={props.organisation} />
    </>
  );
}

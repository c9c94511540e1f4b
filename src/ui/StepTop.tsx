import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../i18n/languages';
import { organisationPath } from '../routes';
import type { EarlierChoice } from './earlierChoice';
import { useCameFrom } from './cameFrom';
import { rememberOrganisation } from './rememberedOrganisation';
import { useOrganisationMemory } from './useOrganisationMemory';

/**
 * The top of every question and ending: « Retour », the organisation and the situation (the
 * caption above the h1), and, when the user's kept organisation is another one, a plain
 * notice that this situation follows this organisation's policy.
 *
 * « Retour » leads to the previous step; from the step the user opened (a first question, or
 * an ending reached with no question), back to where they opened it: the search results
 * with their query, or the organisation's page, which is also where it leads without script.
 */
export function StepTop({
  lang,
  scenario,
  organisation,
  answers,
  pathTo,
}: {
  lang: Language;
  scenario: string;
  organisation: string;
  answers: string[];
  pathTo: (answers: readonly string[]) => string;
}) {
  const { t } = useTranslation([scenario, 'common']);
  const { here, kept } = useCameFrom(lang, scenario);
  const memory = useOrganisationMemory();
  // A first situation opened tells the user's organisation too (an organisation's page always does).
  useEffect(() => rememberOrganisation(organisation, { onlyIfNone: true }), [organisation]);
  const previous = answers.at(-1);
  const back = here ?? (previous === undefined ? (kept ?? organisationPath(lang, organisation)) : pathTo(answers.slice(0, -1)));
  const name = t(`common:org.${organisation}.name`);
  return (
    <>
      <Link href={back} className="back-link" state={here === undefined && previous !== undefined ? ({ chosen: previous } satisfies EarlierChoice) : undefined}>
        {t('common:question.back')}
      </Link>
      <p className="caption">
        <span className="caption-organisation">{name}</span>
        <span className="caption-situation">{t('title')}</span>
      </p>
      {memory.kind === 'kept' && memory.id !== organisation && (
        <p className="other-organisation" role="note">
          {t('common:question.otherOrganisation', { organisation: name, yours: t(`common:org.${memory.id}.name`) })}
        </p>
      )}
    </>
  );
}

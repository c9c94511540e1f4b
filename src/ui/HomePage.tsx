import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { organisations } from '../../machines/index';
import type { Language } from '../i18n/languages';
import { comparePath, decisionsPath, organisationPath, trainerPath } from '../routes';
import { PageHeading } from './PageHeading';
import { stopKeepingOrganisation } from './rememberedOrganisation';
import { SearchBox } from './search/SearchBox';
import { useOrganisationMemory } from './useOrganisationMemory';

/**
 * The choice of organisation first (each has its own page: its situations, policy and
 * contacts), offered at the top when one is kept on this device; then the search box (its
 * index downloads on the first focus or keystroke). Without the app, the page's own script
 * (src/ui/home/start.ts) shows the kept organisation: every one is in the HTML, hidden.
 */
export function HomePage({ lang }: { lang: Language }) {
  const { t } = useTranslation('common');
  const memory = useOrganisationMemory();
  const kept = memory.kind === 'kept' ? memory.id : undefined;
  return (
    <>
      <PageHeading text={t('home.title')} stepKey="home" />
      {organisations.map((org) => (
        <div key={org.id} className="kept-organisation" data-kept-organisation={org.id} hidden={org.id !== kept}>
          <p className="kept-organisation-link">
            <Link href={organisationPath(lang, org.id)}>
              {t('home.continueWith', { organisation: t(`org.${org.id}.name`) })}
            </Link>
          </p>
          <p className="hint">
            {t('home.keptNote')}{' '}
            <button type="button" className="link-button" data-stop-keeping-organisation="" onClick={stopKeepingOrganisation}>
              {t('home.stopKeeping')}
            </button>
          </p>
        </div>
      ))}
      <p className="lead">{t('home.intro')}</p>
      <nav aria-labelledby="home-organisations" className="organisation-index">
        <h2 id="home-organisations">{t('home.byOrganisation')}</h2>
        <ul className="organisation-choice">
          {organisations.map((org) => (
            // `id`: the old links to the home page's lists (`/fr/#org-vbc`) land on the organisation.
            <li key={org.id} id={`org-${org.id}`}>
              <Link href={organisationPath(lang, org.id)} className="organisation-choice-name">
                {t(`org.${org.id}.name`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox lang={lang} prefer={kept} />
      <ul className="link-list home-links">
        {organisations.length > 1 && (
          <li>
            <Link href={comparePath(lang)}>{t('compare.link')}</Link>
          </li>
        )}
        <li>
          <Link href={decisionsPath(lang)}>{t('home.decisions')}</Link>
        </li>
        <li>
          <Link href={trainerPath(lang)}>{t('trainer.link')}</Link>
        </li>
      </ul>
    </>
  );
}

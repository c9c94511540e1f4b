import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { answersForRole, organisations, scenarios } from '../../machines/index';
import type { Language } from '../i18n/languages';
import { comparePath, decisionsPath, notListedPath, scenarioPath, trainerPath } from '../routes';
import { PageHeading } from './PageHeading';
import { SearchBox } from './search/SearchBox';

/**
 * The search box first (its index downloads on the first focus or keystroke), then every
 * scenario, grouped by organisation, then by the role it is for. A scenario that asks the
 * role first is entered past that question: the list already said it.
 */
export function HomePage({ lang }: { lang: Language }) {
  const { t } = useTranslation(['common', 'catalogue']);
  return (
    <>
      <PageHeading text={t('home.title')} stepKey="home" />
      <p className="lead">{t('home.intro')}</p>
      <SearchBox lang={lang} />
      <nav aria-labelledby="home-organisations" className="organisation-index">
        <h2 id="home-organisations">{t('home.byOrganisation')}</h2>
        <ul>
          {organisations.map((org) => (
            <li key={org.id}>
              <a href={`#org-${org.id}`}>{t(`org.${org.id}.name`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ul className="link-list home-links">
        <li>
          <Link href={comparePath(lang)}>{t('compare.link')}</Link>
        </li>
        <li>
          <Link href={decisionsPath(lang)}>{t('home.decisions')}</Link>
        </li>
        <li>
          <Link href={trainerPath(lang)}>{t('trainer.link')}</Link>
        </li>
      </ul>
      {organisations.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="organisation">
          <h2 id={`org-${org.id}`}>{t(`org.${org.id}.name`)}</h2>
          {org.roles.map((role) => {
            const forRole = scenarios.filter((s) => s.organisation === org.id && s.roles.includes(role));
            if (forRole.length === 0) return null;
            return (
              <div key={role}>
                <h3>{t('home.forRole', { role: t(`org.${org.id}.roles.${role}`) })}</h3>
                <ul className="scenario-list">
                  {forRole.map((s) => (
                    <li key={s.id}>
                      <Link href={scenarioPath(lang, s.id, answersForRole(s, role))}>{t(`${s.id}.title`, { ns: 'catalogue' })}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <p>
            <Link href={notListedPath(lang, org.id)}>
              {t('home.notListed')} <span className="visually-hidden">({t(`org.${org.id}.name`)})</span>
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { organisations } from '../../machines/index';
import type { Language } from '../i18n/languages';
import { comparePath, decisionsPath, trainerPath, type RouteOf } from '../routes';
import { PageHeading } from './PageHeading';
import { loadMoreTexts } from './moreTexts';

/** This page's texts, downloaded with it (PageLoader waits for them). */
export const ready = (lang: Language) => Promise.all([loadMoreTexts(lang, 'about'), loadMoreTexts(lang, 'organisations')]);

export function AboutPage({ lang }: { lang: Language }) {
  const { t } = useTranslation('common');
  return (
    <>
      <PageHeading text={t('about.title')} />
      <p>{t('about.purpose')}</p>
      <p className="notice">{t('about.notAReplacement')}</p>
      {organisations.length > 1 && (
        <p>
          <Link href={comparePath(lang)}>{t('compare.link')}</Link>
        </p>
      )}
      <p>
        <Link href={trainerPath(lang)}>{t('trainer.link')}</Link>
      </p>
      <p>{t('about.privacy')}</p>
      <p>
        {t('about.decisionsKept')} <Link href={decisionsPath(lang)}>{t('about.decisionsLink')}</Link>
      </p>
      <p>{t('about.decisionsChoice')}</p>
      <p>{t('about.organisationKept')}</p>
      <p>{t('about.publisher')}</p>
      <p>{t('about.version', { version: __GUIDE_VERSION__, date: __GUIDE_DATE__ })}</p>
      <h2>{t('about.sourcesTitle')}</h2>
      <table className="sources">
        <thead>
          <tr>
            <th scope="col">{t('about.organisation')}</th>
            <th scope="col">{t('about.policy')}</th>
            <th scope="col">{t('about.date')}</th>
            <th scope="col">{t('about.whereToFind')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((org) => (
            <tr key={org.id}>
              <th scope="row">{t(`org.${org.id}.name`)}</th>
              <td>{t(`org.${org.id}.policy`)}</td>
              <td>{t(`org.${org.id}.date`)}</td>
              <td>{t(`org.${org.id}.whereToFind`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'about'> }) {
  return <AboutPage lang={route.lang} />;
}

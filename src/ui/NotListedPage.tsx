import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findOrganisation } from '../../machines/index';
import type { Language } from '../i18n/languages';
import { homePath, type RouteOf } from '../routes';
import { NotFoundMessage, PageHeading } from './PageHeading';
import { loadMoreTexts } from './moreTexts';

/** This page's texts, downloaded with it (PageLoader waits for them). */
export const ready = (lang: Language) => Promise.all([loadMoreTexts(lang, 'notListed'), loadMoreTexts(lang, 'organisations')]);

/** « Ma situation n'est pas dans la liste »: whom the organisation's policy says to ask. */
export function NotListedPage({ lang, organisation }: { lang: Language; organisation: string }) {
  const { t } = useTranslation('common');
  const org = findOrganisation(organisation);
  if (!org) return <NotFoundMessage lang={lang} />;
  return (
    <>
      <p className="caption">{t(`org.${org.id}.name`)}</p>
      <PageHeading text={t('notListed.title')} />
      <p>{t('notListed.intro')}</p>
      <h2>{t('notListed.contact')}</h2>
      <p>{t(`org.${org.id}.notListed`)}</p>
      <p className="source">{t('notListed.source', { policy: t(`org.${org.id}.policy`), date: t(`org.${org.id}.date`) })}</p>
      <p>
        <Link href={homePath(lang)}>{t('notListed.back')}</Link>
      </p>
    </>
  );
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'notListed'> }) {
  return <NotListedPage lang={route.lang} organisation={route.organisation} />;
}

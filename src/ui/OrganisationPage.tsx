import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { answersForRole, findOrganisation, scenarios, type Organisation } from '../../machines/index';
import type { Language } from '../i18n/languages';
import { homePath, notListedPath, organisationPath, scenarioPath, type RouteOf } from '../routes';
import { NotFoundMessage, PageHeading } from './PageHeading';
import { cameFrom } from './cameFrom';
import { loadNamespaces } from './i18nInstances';
import { loadMoreTexts } from './moreTexts';
import { keepOrganisationAgain, rememberOrganisation } from './rememberedOrganisation';
import { SearchBox } from './search/SearchBox';
import { useOrganisationMemory } from './useOrganisationMemory';

/** This page's texts: the situations' titles and the organisations' policies and contacts. */
export const ready = (lang: Language) => Promise.all([loadNamespaces(lang, ['catalogue']), loadMoreTexts(lang, 'organisations')]);

/**
 * `/fr/baie-comeau/`: one organisation's own page. Its search box (its situations first, the
 * others' apart), its situations by role, its policy and whom to ask. Opening it keeps the
 * organisation on this device for the home page, unless the user asked not to.
 */
export function OrganisationPage({ lang, org }: { lang: Language; org: Organisation }) {
  const { t } = useTranslation(['common', 'catalogue']);
  const here = organisationPath(lang, org.id);
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const memory = useOrganisationMemory();
  useEffect(() => rememberOrganisation(org.id), [org.id]);
  const name = t(`org.${org.id}.name`);
  const contacts = t(`org.${org.id}.contacts`, { returnObjects: true }) as Record<string, string>;

  return (
    <>
      <p className="caption">{t('organisationPage.caption')}</p>
      <PageHeading text={name} stepKey={`organisation:${org.id}`} />
      <p className="lead">{t('organisationPage.intro')}</p>
      {memory.kind === 'off' && (
        <p className="organisation-memory">
          {t('organisationPage.notKept')}{' '}
          <button type="button" className="button button--secondary" onClick={() => keepOrganisationAgain(org.id)}>
            {t('organisationPage.keepAgain', { organisation: name })}
          </button>
        </p>
      )}
      <SearchBox lang={lang} organisation={org.id} initialQuery={query} resultsHere={(q) => `${here}?q=${encodeURIComponent(q)}`} />
      <h2 id="situations">{t('organisationPage.situations')}</h2>
      {org.roles.map((role) => {
        const forRole = scenarios.filter((s) => s.organisation === org.id && s.roles.includes(role));
        if (forRole.length === 0) return null;
        return (
          <section key={role} aria-labelledby={`role-${role}`}>
            <h3 id={`role-${role}`}>{t('home.forRole', { role: t(`org.${org.id}.roles.${role}`) })}</h3>
            <ul className="scenario-list">
              {forRole.map((s) => (
                <li key={s.id}>
                  <Link href={scenarioPath(lang, s.id, answersForRole(s, role))} state={cameFrom(here)}>
                    {t(`${s.id}.title`, { ns: 'catalogue' })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <Link href={notListedPath(lang, org.id)}>{t('home.notListed')}</Link>
      </p>
      <h2>{t('organisationPage.policy')}</h2>
      <p>{t('organisationPage.policyLine', { policy: t(`org.${org.id}.policy`), date: t(`org.${org.id}.date`) })}</p>
      <p>{t(`org.${org.id}.whereToFind`)}</p>
      <p className="hint">{t(`org.${org.id}.audience`)}</p>
      <h2>{t('organisationPage.contacts')}</h2>
      <ul className="contact-list">
        {org.contacts.map((contact) => (
          <li key={contact}>{contacts[contact]}</li>
        ))}
      </ul>
      <p>
        <Link href={homePath(lang)}>{t('organisationPage.otherOrganisations')}</Link>
      </p>
    </>
  );
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'organisation'> }) {
  const org = findOrganisation(route.organisation);
  return org ? <OrganisationPage lang={route.lang} org={org} /> : <NotFoundMessage lang={route.lang} />;
}

import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { organisations, scenarios } from '../../machines/index';
import { THEMES } from '../../engine/themes';
import type { Language } from '../i18n/languages';
import { scenarioPath, type RouteOf } from '../routes';
import { loadNamespaces } from './i18nInstances';
import { loadMoreTexts } from './moreTexts';
import { PageHeading } from './PageHeading';

/** This page's texts: the short answers (`comparison`) and its own, downloaded with it (PageLoader waits for them). */
export const ready = (lang: Language) => Promise.all([loadNamespaces(lang, ['common', 'comparison']), loadMoreTexts(lang, 'compare')]);

/**
 * Themes × organisations: what each policy answers on the same question, each answer a link
 * to the scenario that gives it. A policy with no scenario on a theme is silent on it, and the
 * cell says so: it is never filled from another policy. Built from the registry (`themes`)
 * and each scenario's texts (`compare.<theme>`). The table keeps its semantics (explicit
 * roles) when narrow screens lay each theme out as a card.
 */
export function ComparePage({ lang }: { lang: Language }) {
  use(loadNamespaces(lang, ['common', 'comparison']));
  const { t } = useTranslation(['common', 'comparison']);
  return (
    <>
      <PageHeading text={t('compare.title')} />
      <p className="lead">{t('compare.intro')}</p>
      <table className="comparison" role="table">
        <caption className="visually-hidden">{t('compare.caption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('compare.theme')}
            </th>
            {organisations.map((org) => (
              <th key={org.id} scope="col" role="columnheader">
                {t(`org.${org.id}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {THEMES.map((theme) => (
            <tr key={theme} role="row">
              <th scope="row" role="rowheader">
                {t(`compare.themes.${theme}`)}
              </th>
              {organisations.map((org) => {
                const answering = scenarios.filter((s) => s.organisation === org.id && s.themes?.includes(theme));
                return (
                  <td key={org.id} role="cell" data-organisation={t(`org.${org.id}.name`)}>
                    {answering.length === 0 ? (
                      <span className="silent">{t('compare.silent')}</span>
                    ) : (
                      <ul className="comparison-answers">
                        {answering.map((s) => (
                          <li key={s.id}>
                            <Link href={scenarioPath(lang, s.id)}>{t(`${s.id}.compare.${theme}`, { ns: 'comparison' })}</Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** This page, as the page table (src/routes.ts) renders it. */
export function Page({ route }: { route: RouteOf<'compare'> }) {
  return <ComparePage lang={route.lang} />;
}

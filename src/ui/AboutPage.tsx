import { useTranslation } from 'react-i18next';
import { organisations } from '../../machines/index';
import { PageHeading } from './PageHeading';

export function AboutPage() {
  const { t } = useTranslation('common');
  return (
    <>
      <PageHeading text={t('about.title')} />
      <p>{t('about.purpose')}</p>
      <p className="notice">{t('about.notAReplacement')}</p>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.sourcesTitle')}</h2>
      <table className="sources">
        <thead>
          <tr>
            <th scope="col">{t('about.organisation')}</th>
            <th scope="col">{t('about.policy')}</th>
            <th scope="col">{t('about.date')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((org) => (
            <tr key={org.id}>
              <th scope="row">{t(`org.${org.id}.name`)}</th>
              <td>{t(`org.${org.id}.policy`)}</td>
              <td>{t(`org.${org.id}.date`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

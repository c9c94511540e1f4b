import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../i18n/languages';
import { homePath } from '../routes';
import { useDocumentTitle, useFocusOnArrival } from './hooks';

/** The page's `h1`: it names the browser tab and receives focus when the user arrives. */
export function PageHeading({ text, stepKey, children }: { text: string; stepKey?: string; children?: ReactNode }) {
  const ref = useFocusOnArrival<HTMLHeadingElement>(stepKey ?? text);
  useDocumentTitle(text);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? text}
    </h1>
  );
}

/** A page with only a heading and some text: errors, notices. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageHeading text={title} />
      {children}
    </>
  );
}

/** « Page introuvable », with the way home: an unknown address, organisation or page. */
export function NotFoundMessage({ lang }: { lang: Language }) {
  const { t } = useTranslation('common');
  return (
    <MessagePage title={t('errors.notFound.title')}>
      <p>{t('errors.notFound.body')}</p>
      <p>
        <Link href={homePath(lang)}>{t('errors.notFound.action')}</Link>
      </p>
    </MessagePage>
  );
}

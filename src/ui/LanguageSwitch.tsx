import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { LANGUAGES, rememberLanguage, type Language } from '../i18n/languages';
import { loadNamespaces } from './i18nInstances';
import { pathInLanguage, type Route } from '../routes';

/**
 * « English » / « Français »: the same page, the same step, in the other language, with what
 * the page reads from its query string (the trainer's selection, the search). A prerendered
 * page knows no query, so its link has none; the app, which renders such a page afresh when
 * it has a query (src/main.tsx), writes the query into the link.
 */
export function LanguageSwitch({ lang, route }: { lang: Language; route: Route }) {
  const { t } = useTranslation('common');
  const search = useSearch();
  const other = LANGUAGES.find((l) => l !== lang)!;
  return (
    <Link
      href={pathInLanguage(route, other, search)}
      className="language-switch"
      lang={other}
      hrefLang={other}
      aria-label={t('app.switchLanguageName')}
      onClick={() => rememberLanguage(other)}
      // Fetch the other language's interface texts as soon as the user heads for the link.
      onPointerEnter={() => void loadNamespaces(other, ['common'])}
      onFocus={() => void loadNamespaces(other, ['common'])}
    >
      {t('app.switchLanguage')}
    </Link>
  );
}

import { Component, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadFailed, retryFailedDownloads } from './downloads';

interface Props {
  homePath: string;
  /** What to show instead of the messages below, which need the interface texts. */
  fallback?: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Whatever fails below it, the user gets a readable message and a way home, never a blank
 * page. A failed download says so and offers to try again: « Réessayer » forgets the failed
 * downloads and renders the page again, at the same address.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  retry = () => {
    retryFailedDownloads();
    this.setState({ error: undefined, failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.fallback) return this.props.fallback(this.retry);
    const kind = this.state.error instanceof DownloadFailed ? 'download' : 'crash';
    return <ErrorMessage kind={kind} homePath={this.props.homePath} onRetry={this.retry} />;
  }
}

function ErrorMessage({ kind, homePath, onRetry }: { kind: 'download' | 'crash'; homePath: string; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div role="alert">
      <h1 className="page-heading">{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={onRetry}>
          {t(`errors.${kind}.retry`)}
        </button>
        <a href={homePath}>{t(`errors.${kind}.home`)}</a>
      </p>
    </div>
  );
}

/**
 * When the interface texts themselves could not be downloaded: the same message, written
 * here in both languages, since it cannot come from the texts that failed.
 */
export function TextsNotDownloaded({ homePath, onRetry }: { homePath: string; onRetry: () => void }) {
  useEffect(() => {
    document.title = "Une partie du guide n'a pas pu être téléchargée";
  }, []);
  return (
    <main id="contenu" className="container" role="alert">
      <h1 className="page-heading">Une partie du guide n'a pas pu être téléchargée</h1>
      <p>Vérifiez votre connexion Internet, puis réessayez. Vos réponses sont conservées dans l'adresse de la page.</p>
      <h2 lang="en">Part of the guide could not be downloaded</h2>
      <p lang="en">Check your Internet connection, then try again. Your answers are kept in the page's address.</p>
      <p className="button-row">
        <button type="button" className="button" onClick={onRetry}>
          Réessayer <span lang="en">/ Try again</span>
        </button>
        <a href={homePath}>
          Retour à l'accueil <span lang="en">/ Back to the home page</span>
        </a>
      </p>
    </main>
  );
}

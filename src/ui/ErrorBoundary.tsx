import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  homePath: string;
  children: ReactNode;
}

/** Whatever fails below it, the user gets a readable message and a way home, never a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <CrashMessage homePath={this.props.homePath} onRetry={() => this.setState({ failed: false })} />;
  }
}

function CrashMessage({ homePath, onRetry }: { homePath: string; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div role="alert">
      <h1 className="page-heading">{t('errors.crash.title')}</h1>
      <p>{t('errors.crash.body')}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.crash.retry')}
        </button>
        <a href={homePath}>{t('errors.crash.home')}</a>
      </p>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerServiceWorker } from './serviceWorker';

/**
 * Registers the service worker (offline use) and, when a new version has been downloaded,
 * offers to switch to it. Nothing is reloaded without the user's say: they may be mid-answer.
 */
export default function UpdatePrompt() {
  const { t } = useTranslation('common');
  const [activate, setActivate] = useState<(() => void) | undefined>();
  useEffect(() => {
    if (!import.meta.env.PROD) return;
    let mounted = true;
    void registerServiceWorker((next) => mounted && setActivate(() => next));
    return () => {
      mounted = false;
    };
  }, []);
  if (!activate) return null;
  return (
    <div className="update-banner" role="status">
      <div className="container update-row">
        <p>{t('update.available')}</p>
        <button type="button" className="button" onClick={activate}>
          {t('update.reload')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setActivate(undefined)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}

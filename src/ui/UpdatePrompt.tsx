import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (offline use) and, when a new version has been downloaded,
 * offers to switch to it. Nothing is reloaded without the user's say: they may be mid-answer.
 */
export default function UpdatePrompt() {
  const { t } = useTranslation('common');
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-banner" role="status">
      <div className="container update-row">
        <p>{t('update.available')}</p>
        <button type="button" className="button" onClick={() => updateServiceWorker(true)}>
          {t('update.reload')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { i18nFor, loadNamespaces } from '../../src/ui/i18nInstances';

const updateServiceWorker = vi.fn(async () => {});
const setNeedRefresh = vi.fn();
let needRefresh = false;
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [false, vi.fn()],
    updateServiceWorker,
  }),
}));

const { default: UpdatePrompt } = await import('../../src/ui/UpdatePrompt');
await loadNamespaces('fr', ['common']);
const show = () =>
  render(
    <I18nextProvider i18n={i18nFor('fr')}>
      <UpdatePrompt />
    </I18nextProvider>,
  );

describe('the update prompt', () => {
  it('stays hidden while no new version is waiting', () => {
    needRefresh = false;
    show();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the new version and applies it only when asked', async () => {
    needRefresh = true;
    show();
    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version du guide est disponible');
    expect(updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
    await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(setNeedRefresh).toHaveBeenCalledWith(false);
  });
});

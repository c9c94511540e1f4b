import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nFor, loadNamespaces } from '../../src/ui/i18nInstances';

// The registration is tested on its own (service-worker.test.ts); here, what the prompt does with it.
let reportWaiting: ((activate: () => void) => void) | undefined;
vi.mock('../../src/ui/serviceWorker', () => ({
  registerServiceWorker: (onWaiting: (activate: () => void) => void) => {
    reportWaiting = onWaiting;
    return Promise.resolve();
  },
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
  afterEach(() => {
    vi.unstubAllEnvs();
    reportWaiting = undefined;
  });

  it('registers the worker in the built app only, and stays hidden while no new version is waiting', () => {
    show();
    expect(reportWaiting).toBeUndefined();
    vi.stubEnv('PROD', true);
    show();
    expect(reportWaiting).toBeTypeOf('function');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the new version and applies it only when asked', async () => {
    vi.stubEnv('PROD', true);
    show();
    const activate = vi.fn();
    act(() => reportWaiting!(activate));
    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version du guide est disponible');
    expect(activate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(activate).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

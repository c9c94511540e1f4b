import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/ui/serviceWorker';

/** A worker, a registration and a container with the events and fields the registration reads. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}
class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  startUpdate(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}
class FakeContainer extends EventTarget {
  registration = new FakeRegistration();
  constructor(public controller: FakeWorker | null) {
    super();
  }
  register = vi.fn(async () => this.registration);
}

async function registered(container: FakeContainer) {
  const onWaiting = vi.fn<(activate: () => void) => void>();
  const reload = vi.fn();
  await registerServiceWorker(onWaiting, container as unknown as ServiceWorkerContainer, reload);
  return { onWaiting, reload };
}

describe('the service worker registration', () => {
  it('registers /sw.js for the whole site', async () => {
    const container = new FakeContainer(null);
    await registered(container);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('offers nothing on the first install (no worker controls the page yet)', async () => {
    const container = new FakeContainer(null);
    const { onWaiting } = await registered(container);
    const worker = new FakeWorker();
    container.registration.startUpdate(worker);
    worker.become('installed');
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('offers a new version once it is installed, and switches to it only when asked', async () => {
    const container = new FakeContainer(new FakeWorker());
    const { onWaiting, reload } = await registered(container);
    const worker = new FakeWorker();
    container.registration.startUpdate(worker);
    expect(onWaiting).not.toHaveBeenCalled();
    worker.become('installed');
    expect(onWaiting).toHaveBeenCalledTimes(1);
    expect(worker.postMessage).not.toHaveBeenCalled();

    onWaiting.mock.calls[0]![0]();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version already waiting when the page opens', async () => {
    const container = new FakeContainer(new FakeWorker());
    container.registration.waiting = new FakeWorker();
    const { onWaiting } = await registered(container);
    expect(onWaiting).toHaveBeenCalledTimes(1);
  });

  it('leaves the page working when the worker cannot register, or the browser has none', async () => {
    const container = new FakeContainer(null);
    container.register.mockRejectedValueOnce(new Error('SecurityError'));
    await expect(registered(container)).resolves.toBeDefined();
    await expect(registerServiceWorker(vi.fn(), undefined)).resolves.toBeUndefined();
    // A browser that blocks workers (Playwright's `serviceWorkers: 'block'`) resolves with nothing.
    const blocked = new FakeContainer(null);
    blocked.register.mockResolvedValueOnce(undefined as unknown as FakeRegistration);
    await expect(registered(blocked)).resolves.toBeDefined();
  });
});

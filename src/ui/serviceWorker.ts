/**
 * Registers the service worker that Workbox generates at build (vite.config.ts) and reports a
 * new version once it is downloaded and waiting, with the function that switches to it: the
 * worker takes over (Workbox's `SKIP_WAITING` message), then the page reloads. The browser's
 * own API: Workbox's window library would add 2 KB gzipped to the home page's first download
 * for the same few events.
 */
export function registerServiceWorker(
  onWaiting: (activate: () => void) => void,
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
  reload: () => void = () => location.reload(),
): Promise<void> {
  if (!container) return Promise.resolve();
  const offer = (worker: ServiceWorker) =>
    onWaiting(() => {
      container.addEventListener('controllerchange', () => reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  return container.register('/sw.js', { scope: '/' }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Undefined where the browser blocks workers (automation tools can).
      if (!registration) return;
      // No controller: the first install, nothing to update (the page already is the newest).
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    },
    // Offline use is an extra: a page whose worker cannot register works as before.
    () => undefined,
  );
}

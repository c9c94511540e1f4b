/**
 * Downloads the pages cannot do without (the walker, a scenario's machine, texts), one promise
 * per key, read with React's `use`.
 *
 * A failed download is remembered as failed: its rejected promise stays, so every render
 * throws the same error to the nearest error boundary instead of downloading again (which,
 * with `use`, would mean a request on every render: hundreds a second). Only
 * `retryFailedDownloads()`, behind the message's « Réessayer » button, forgets the failures so
 * that the next render tries each of them once more. (Chromium does not remember a failed
 * `import()`: importing the same URL again fetches it again, checked in
 * test/browser/downloads.test.ts, so no cache-busting query is needed.)
 */

/** A promise with its outcome written on it when it settles, the way React's `use` reads it. */
type Download<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/** What a failed download rejects with: the page says « could not be downloaded » and offers a retry. */
export class DownloadFailed extends Error {
  override name = 'DownloadFailed';
  constructor(
    readonly key: string,
    options?: ErrorOptions,
  ) {
    super(`${key} could not be downloaded`, options);
  }
}

const downloads = new Map<string, Download<unknown>>();

/** The download for `key`: started by `load` on the first call, the same promise on every later one. */
export function download<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = downloads.get(key) as Download<T> | undefined;
  if (!promise) {
    const started: Download<T> = new Promise<T>((resolve) => resolve(load())).catch((error: unknown) => {
      throw error instanceof DownloadFailed ? error : new DownloadFailed(key, { cause: error });
    });
    // (Block bodies: returning `started` from here would reject this branch again, unhandled.)
    started.then(
      (value) => {
        Object.assign(started, { status: 'fulfilled', value });
      },
      (reason: unknown) => {
        Object.assign(started, { status: 'rejected', reason });
      },
    );
    downloads.set(key, (promise = started));
  }
  return promise;
}

/** Forgets every failed download, so that the next render tries each once more. Returns how many. */
export function retryFailedDownloads(): number {
  let count = 0;
  for (const [key, promise] of downloads) {
    if (promise.status === 'rejected') {
      downloads.delete(key);
      count++;
    }
  }
  return count;
}

/** For tests: forget every download, failed or not. */
export function forgetDownloads() {
  downloads.clear();
}

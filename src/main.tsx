import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { DEFAULT_LANGUAGE } from './i18n/languages';
import { parseRoute } from './routes';
import { App } from './ui/App';
import { loadNamespaces } from './ui/i18nInstances';
import { preloadRoute } from './ui/PageLoader';
import './ui/styles.css';

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
const route = parseRoute(location.pathname);

const lang = 'lang' in route ? route.lang : DEFAULT_LANGUAGE;

// Download what the first screen needs before rendering it, so the page already shown
// (prerendered) is replaced by the right step at once, never by a loading message.
// A failed download is not fatal here: it stays failed (./ui/downloads) and the page then
// shows its own message and « Réessayer ». All settle first, so the first render does not
// show a loading message for the downloads still under way when another one failed.
const downloads = await Promise.allSettled([
  loadNamespaces(lang, ['common']),
  route.page === 'root' || route.page === 'notFound' || route.page === 'unsupportedLanguage' || route.page === 'home' ? undefined : preloadRoute(route, location.search),
]);

// A prerendered page is hydrated when it is the page asked for; anything else (the shell the
// service worker serves for every page, 404.html, an old `?r=` link) renders afresh, and so
// does a page whose downloads failed (it shows the message, which cannot match the HTML).
const downloaded = downloads.every((d) => d.status === 'fulfilled');
// A trainer page with a selection in its address (`?s=`) is not the prerendered page (which has
// none), nor is the search page with `?q=`: both render afresh.
const query = new URLSearchParams(location.search);
const trainerSelection = route.page === 'trainer' && location.search !== '';
// In a transition: the page already works (every answer is a link), so React takes it over in
// slices, yielding to the browser between them, instead of in one long task.
if (downloaded && container.dataset.prerendered === location.pathname && !query.has('r') && !query.has('q') && !trainerSelection) {
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  container.replaceChildren();
  const root = createRoot(container);
  startTransition(() => root.render(app));
}

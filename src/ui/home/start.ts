// The home page's own script. The page is a search form and lists of links: it works as
// served, so React, i18next and the rest of the app download only when the user reaches for
// what needs them (the search box, an update to install, an old link to redirect). Until then
// this script remembers the language, registers the service worker for offline use, and
// shows the organisation kept on this device, and marks the page as taken over.
import { rememberLanguage, isLanguage } from '../../i18n/languages';
import { organisationMemory, stopKeepingOrganisation } from '../rememberedOrganisation';
import { registerServiceWorker } from '../serviceWorker';

let app: Promise<unknown> | undefined;
/**
 * The whole app, which hydrates this page (src/main.tsx) and then runs it as any other. Its
 * address comes from the page (scripts/prerender.ts): imported by name, the bundler would tie
 * the two entries' chunks together and the home page would download the app's with this one.
 */
const appScript = document.querySelector<HTMLScriptElement>('script[data-full-app]')?.dataset.fullApp;
const startApp = () => (app ??= appScript ? import(/* @vite-ignore */ appScript) : Promise.resolve());

const lang = document.documentElement.lang;
if (isLanguage(lang)) rememberLanguage(lang);

// « Continuer avec … »: every organisation's block is in the page, hidden (src/ui/HomePage.tsx).
const kept = [...document.querySelectorAll<HTMLElement>('[data-kept-organisation]')];
const showKept = () => {
  const memory = organisationMemory((id) => kept.some((block) => block.dataset.keptOrganisation === id));
  for (const block of kept) block.hidden = memory.kind !== 'kept' || block.dataset.keptOrganisation !== memory.id;
};
showKept();
for (const button of document.querySelectorAll('[data-stop-keeping-organisation]')) {
  button.addEventListener('click', () => {
    stopKeepingOrganisation();
    showKept();
  });
}

if (location.search !== '') {
  // An old `?r=` link or a query: the app's router reads it.
  void startApp();
} else {
  const box = document.getElementById('search-q');
  // The user may have reached the box before this script ran (it starts after the first paint).
  if (box instanceof HTMLInputElement && (document.activeElement === box || box.value !== '')) void startApp();
  else for (const type of ['focus', 'input', 'pointerdown'] as const) box?.addEventListener(type, startApp, { once: true });
  // A new version waiting: the app's update prompt offers it (src/ui/UpdatePrompt.tsx).
  if (import.meta.env.PROD) void registerServiceWorker(() => void startApp());
  document.documentElement.dataset.app = 'ready';
}

/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { commonTexts, organisationTextFile, textFiles } from './scripts/machine-files.ts';
import { buildSearchIndex, searchDocument } from './src/search/documents.ts';
import { SECURITY_HEADERS, staticSite } from './scripts/static-site.ts';
import { everyPageTexts, laterTexts } from './scripts/common-groups.ts';

/** A virtual module per language: `virtual:<name>/<lang>`, whose default export `build(lang)` makes. */
function perLanguageModule(name: string, build: (lang: string, watch: (file: string) => void) => unknown): Plugin {
  const prefix = `virtual:${name}/`;
  return {
    name,
    resolveId: (source) => (source.startsWith(prefix) ? '\0' + source : undefined),
    load(resolved) {
      if (!resolved.startsWith('\0' + prefix)) return;
      const lang = resolved.slice(prefix.length + 1);
      return `export default ${JSON.stringify(build(lang, (file) => this.addWatchFile(file)))};`;
    },
  };
}

const readJson = (file: string, watch: (file: string) => void) => {
  watch(file);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
};

/**
 * `virtual:scenario-catalogue/<lang>`: each scenario's title in that language, so the home
 * page can list every scenario without downloading their questions and endings.
 */
const scenarioCatalogue = () =>
  perLanguageModule('scenario-catalogue', (lang, watch) =>
    Object.fromEntries(
      textFiles(lang)
        .filter((f) => f.name !== 'organisation')
        .map((f) => [f.name, { title: String(readJson(f.file, watch).title ?? '') }]),
    ),
  );

/**
 * `virtual:comparison/<lang>`: for each scenario that answers a comparison theme, its title
 * and its short answer per theme (`compare` in its texts), for the comparison page only.
 */
const comparison = () =>
  perLanguageModule('comparison', (lang, watch) =>
    Object.fromEntries(
      textFiles(lang)
        .filter((f) => f.name !== 'organisation')
        .map((f) => [f.name, readJson(f.file, watch)] as const)
        .filter(([, texts]) => texts.compare)
        .map(([id, texts]) => [id, { title: texts.title, compare: texts.compare }]),
    ),
  );

/**
 * `virtual:search-index/<lang>`: the search index of that language, built here from every
 * scenario's texts (title, keywords, questions, answers, short answers, what to do and why)
 * and serialised as MiniSearch's JSON. Only the home page's search downloads it, on the first
 * focus or keystroke; being a JS chunk, the service worker precaches it for offline use.
 */
const searchIndex = () =>
  perLanguageModule('search-index', (lang, watch) =>
    JSON.stringify(
      buildSearchIndex(
        textFiles(lang)
          .filter((f) => f.name !== 'organisation')
          .map((f) => searchDocument(f.name, f.organisation, String(readJson(organisationTextFile(f.organisation, lang), watch).name ?? ''), readJson(f.file, watch))),
      ),
    ),
  );

/**
 * `virtual:common-texts/<lang>`: the interface texts (`src/i18n/locales/<lang>/common.json`)
 * with each organisation's own texts under `org.<id>` (`machines/<id>/organisation.<lang>.json`),
 * so that one policy's whole content lives in its folder, less the groups only some pages use
 * (scripts/common-groups.ts): those are `virtual:common-more/<lang>/<group>`, merged into the
 * common namespace by the pages that need them (src/ui/moreTexts.ts).
 */
const commonTextsModule = () =>
  perLanguageModule('common-texts', (lang, watch) => {
    const { texts, files } = commonTexts(lang);
    files.forEach(watch);
    return everyPageTexts(texts);
  });

const commonMoreModule = (): Plugin => {
  const prefix = 'virtual:common-more/';
  return {
    name: 'common-more',
    resolveId: (source) => (source.startsWith(prefix) ? '\0' + source : undefined),
    load(resolved) {
      if (!resolved.startsWith('\0' + prefix)) return;
      const [lang, group] = resolved.slice(prefix.length + 1).split('/') as [string, string];
      const { texts, files } = commonTexts(lang);
      files.forEach((file) => this.addWatchFile(file));
      return `export default ${JSON.stringify(laterTexts(texts, group))};`;
    },
  };
};

/**
 * public/boot.js starts the app once the browser reports the first contentful paint (after
 * 2 s where it reports none: no paint timing, or a tab opened in the background; earlier
 * versions waited two frames, but a frame's callbacks run before its paint reaches the screen), so that downloading and running the app
 * never competes with the first paint. In the built pages, the app's module starts from it,
 * instead of being requested (with its preloads) alongside the page's own HTML and CSS.
 */
function startAfterFirstPaint(): Plugin {
  return {
    name: 'start-after-first-paint',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entry) throw new Error('start-after-first-paint: no module entry in index.html');
        return html
          .replace(entry[0], `<script defer src="/boot.js" data-app="${entry[1]}"></script>`)
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
      },
    },
    // The manifest too is for the app (installing it needs the service worker the app
    // registers): boot.js links it with the app, so that its request never competes with the
    // page's own HTML and CSS for the first paint. VitePWA adds its link after the hook above.
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return; // the prerenderer's SSR build has no page
      const html = String(page.source);
      const manifest = /\s*<link rel="manifest" href="([^"]+)">/.exec(html);
      if (!manifest) throw new Error('start-after-first-paint: no manifest link in index.html');
      page.source = html.replace(manifest[0], '').replace('<script defer src="/boot.js"', `<script defer src="/boot.js" data-manifest="${manifest[1]}"`);
    },
  };
}

/** See `codeSplitting` below: the modules every page runs (with what they import). */
const APP_CORE = new RegExp(
  String.raw`[\/](` +
    [
      String.raw`src[\/]routes`,
      String.raw`src[\/]i18n[\/](index|languages)`,
      String.raw`src[\/]ui[\/](App|HomePage|Layout|LanguageSwitch|InterfaceTexts|PageHeading|hooks|downloads|i18nInstances|scenarioCache|ErrorBoundary|LaterPagesLoader|ScenarioPageLoader)`,
      String.raw`src[\/]ui[\/]search[\/]SearchBox`,
      String.raw`machines[\/](index|[a-z]+[\/]organisation)`,
    ].join('|') +
    String.raw`)\.tsx?$`,
);

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Shown on the about page: which version of the guide this is, and when it was built.
  define: {
    __GUIDE_VERSION__: JSON.stringify(version),
    __GUIDE_DATE__: JSON.stringify(process.env.GUIDE_DATE ?? new Date().toISOString().slice(0, 10)),
  },
  plugins: [
    react(),
    scenarioCatalogue(),
    commonTextsModule(),
    commonMoreModule(),
    comparison(),
    searchIndex(),
    // The CSP <meta> of every page, dist/_headers, and real 404s under `vite preview`.
    staticSite(),
    // Offline: the service worker precaches the app, every scenario's machine and texts, and
    // the app shell, and answers every navigation with the shell, from which the app renders
    // any step of the URL. The prerendered step pages (hundreds, for first visits and
    // browsers without script) are not precached: the shell already covers them all.
    // The app registers the worker and offers each update (src/ui/UpdatePrompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Guide des médias sociaux / Social Media Guide',
        short_name: 'Médias sociaux',
        description: 'Des réponses citées aux questions du personnel public sur les médias sociaux.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#12335e',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,svg,png,webmanifest}', 'index.html'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    // After VitePWA, whose manifest link it moves.
    startAfterFirstPaint(),
  ],
  json: { stringify: false },
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/ui/useSyncExternalStore.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    // No preload lists: with one dynamic import per scenario, they grew the home page's script
    // by about 100 bytes per scenario (4.6 KB gzipped at nine scenarios). A scenario's page
    // requests the walker and the machine together (src/main.tsx), and both import XState.
    modulePreload: false,
    rollupOptions: {
      output: {
        // The app's own small modules that every page runs, in one chunk: left to itself the
        // bundler splits them into a chunk per set of pages sharing them (six files of a few
        // hundred bytes each on the home page), which cost about 1.5 KB gzipped in imports,
        // exports and per-file compression. main.tsx stays out: its top-level await would wait
        // for a page chunk that itself waits for this one.
        codeSplitting: { groups: [{ name: 'app', test: APP_CORE }] },
        // The per-language virtual modules would all be named `fr-…` / `en-…`: say what they hold.
        chunkFileNames: (chunk) => {
          const virtual = /virtual:(common-texts|common-more|scenario-catalogue|comparison|search-index)\/([\w/]+)/.exec(chunk.facadeModuleId ?? '');
          const names: Record<string, string> = {
            'common-texts': 'common',
            'common-more': 'common-more',
            'scenario-catalogue': 'catalogue',
            comparison: 'comparison',
            'search-index': 'search-index',
          };
          return virtual ? `assets/${names[virtual[1]!]}-${virtual[2]!.replace('/', '-')}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, headers: { ...SECURITY_HEADERS } },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

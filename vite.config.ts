// Wiring only: each plugin and rule lives in tooling/ (build time), the test projects in
// vitest.config.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { outDir } from './tooling/guide-orgs.ts';
import { chunkFileNames, codeSplitting } from './tooling/vite/chunks.ts';
import { guideOrganisationsOnly } from './tooling/vite/guide-orgs.ts';
import { noPreloadHelper } from './tooling/vite/no-preload-helper.ts';
import { serviceWorker } from './tooling/vite/pwa.ts';
import { startAfterFirstPaint } from './tooling/vite/start-after-first-paint.ts';
import { staticSite } from './tooling/vite/static-site.ts';
import { textModules } from './tooling/vite/text-modules.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Shown on the about page: which version of the guide this is, and when it was built.
  define: {
    __GUIDE_VERSION__: JSON.stringify(version),
    __GUIDE_DATE__: JSON.stringify(process.env.GUIDE_DATE ?? new Date().toISOString().slice(0, 10)),
  },
  plugins: [
    react(),
    // `GUIDE_ORGS=vbc npm run build`: only those organisations' situations (tooling/guide-orgs.ts).
    guideOrganisationsOnly(),
    // Scenario titles, comparison answers, search index, common texts (tooling/vite/text-modules.ts).
    textModules(),
    // The CSP <meta> of every page, dist/_headers, and under `vite preview` the headers and real 404s.
    staticSite(),
    serviceWorker(),
    // After the service worker's plugin, whose manifest link it moves.
    startAfterFirstPaint(),
    noPreloadHelper(),
  ],
  json: { stringify: false },
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/ui/useSyncExternalStore.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    outDir: outDir(),
    // No preload lists: with one dynamic import per scenario, they grew the home page's script
    // by about 100 bytes per scenario (4.6 KB gzipped at nine scenarios). A scenario's page
    // requests the walker and the machine together (src/main.tsx), and both import XState.
    modulePreload: false,
    // Two entries: the app (index.html), and the home page's own small script (src/ui/home/start.ts).
    rollupOptions: { input: { index: 'index.html', home: 'src/ui/home/start.ts' }, output: { codeSplitting, chunkFileNames } },
  },
  // The security headers and cache rules of every answer come from staticSite().
  preview: { host: '127.0.0.1', port: 4173 },
});

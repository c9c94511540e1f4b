// Offline: the service worker precaches the app, every scenario's machine and texts, and the
// app shell, and answers every navigation with the shell, from which the app renders any step
// of the URL. The prerendered step pages (hundreds, for first visits and browsers without
// script) are not precached: the shell already covers them all. The app registers the worker
// and offers each update (src/ui/UpdatePrompt.tsx).
import { VitePWA } from 'vite-plugin-pwa';

export const serviceWorker = () =>
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
  });

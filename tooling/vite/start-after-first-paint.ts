import type { Plugin } from 'vite';

/**
 * public/boot.js starts the app once the browser reports the first contentful paint (after
 * 2 s where it reports none: no paint timing, or a tab opened in the background; earlier
 * versions waited two frames, but a frame's callbacks run before its paint reaches the screen), so that downloading and running the app
 * never competes with the first paint. In the built pages, the app's module starts from it,
 * instead of being requested (with its preloads) alongside the page's own HTML and CSS.
 */
export function startAfterFirstPaint(): Plugin {
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
      // The home page's own entry, which scripts/prerender.ts puts in place of the app's on the home pages.
      const home = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'home');
      if (!home) throw new Error('start-after-first-paint: no home entry in the bundle');
      page.source = html
        .replace(manifest[0], '')
        .replace('<script defer src="/boot.js"', `<script defer src="/boot.js" data-manifest="${manifest[1]}" data-home="/${home.fileName}"`);
    },
  };
}

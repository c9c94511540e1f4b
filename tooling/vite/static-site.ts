/**
 * How the built site is served, the same way by `vite preview` (`npm start`, the browser tests)
 * and by a static host: the security headers of tooling/security-headers.ts on every answer
 * (and in each page's `<meta>`), the cache rules of tooling/hosting.ts, and a real 404, with
 * the body of `dist/404.html`, for every path that has no file in `dist/`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, isAbsolute } from 'node:path';
import type { Plugin } from 'vite';

import { REVALIDATE, cacheControl, headersFile } from '../hosting.ts';
import { SECURITY_HEADERS, cspMetaTag } from '../security-headers.ts';

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/**
 * What a static host does with a path (nginx `try_files $uri $uri/ =404`): `found` if a file
 * in `distDir` answers it (the file itself, `<path>/index.html` or `<path>.html`), `slash`
 * if it names a page's folder without the final slash (hosts redirect to `<path>/`),
 * `missing` otherwise (including paths that cannot be decoded or leave `distDir`).
 */
export function lookUp(distDir: string, pathname: string): 'found' | 'slash' | 'missing' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'missing';
  }
  if (decoded.includes('\0')) return 'missing';
  const root = resolve(distDir);
  const file = resolve(root, '.' + decoded);
  const inside = relative(root, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return 'missing';
  if (decoded.endsWith('/')) return isFile(join(file, 'index.html')) ? 'found' : 'missing';
  if (isFile(file) || isFile(file + '.html')) return 'found';
  if (isFile(join(file, 'index.html'))) return 'slash';
  return 'missing';
}

/** The body of a 404: `dist/404.html`, else the app shell (which names the bad link itself). */
export function notFoundPage(distDir: string): string {
  for (const name of ['404.html', 'index.html']) {
    const file = join(distDir, name);
    if (isFile(file)) return readFileSync(file, 'utf8');
  }
  return '<!doctype html><title>404</title><h1>404</h1>';
}

type Next = (error?: unknown) => void;

/**
 * Connect middleware, first of all: the security headers, and the Cache-Control of
 * tooling/hosting.ts for the path asked, on every answer (304s included, which Vite would
 * otherwise send bare). Vite's file server keeps a Cache-Control already set;
 * `notFoundMiddleware` sets its own on a 404.
 */
export function hostingHeadersMiddleware(req: IncomingMessage, res: ServerResponse, next: Next) {
  const url = req.url ?? '/';
  const queryAt = url.search(/[?#]/);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('Cache-Control', cacheControl(queryAt === -1 ? url : url.slice(0, queryAt)));
  next();
}

/**
 * Connect middleware for a GET or HEAD that no file of `distDir` answers: status 404, the body
 * of `notFoundPage`, and `headers`. A page's folder without its final slash is redirected to it.
 * Anything found goes on to the next middleware.
 */
export function notFoundMiddleware(distDir: string, headers: Readonly<Record<string, string>> = SECURITY_HEADERS) {
  return function staticNotFound(req: IncomingMessage, res: ServerResponse, next: Next) {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || res.writableEnded) return next();
    const url = req.url ?? '/';
    const queryAt = url.search(/[?#]/);
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : url.slice(queryAt);
    const found = lookUp(distDir, pathname);
    if (found === 'found') {
      // Vite's HTML fallback rewrites `<path>/` to `<path>/index.html` only for requests that
      // accept HTML; do it for every request, so the page is served rather than a bare 404.
      if (pathname.endsWith('/')) req.url = pathname + 'index.html' + query;
      return next();
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (found === 'slash') {
      res.statusCode = 301;
      res.setHeader('Location', pathname + '/' + query);
      return res.end();
    }
    const body = Buffer.from(notFoundPage(distDir));
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Cache-Control', REVALIDATE);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** index.html with the CSP `<meta>` (and so every prerendered page), right after the charset. */
export function withCspMeta(html: string): string {
  const charset = /<meta charset="UTF-8" \/>\n?( *)/i.exec(html);
  if (!charset) throw new Error('static-site: index.html has no <meta charset="UTF-8" />');
  if (/http-equiv="Content-Security-Policy"/i.test(html)) {
    throw new Error('static-site: index.html must not carry its own CSP <meta>; edit tooling/security-headers.ts');
  }
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + cspMetaTag() + '\n' + charset[1] + html.slice(at);
}

function cspMeta(): Plugin {
  return {
    name: 'static-site:csp-meta',
    transformIndexHtml: { order: 'pre', handler: withCspMeta },
  };
}

/** `dist/_headers`, for hosts that read it (Netlify, Cloudflare Pages). */
function headersFileAsset(): Plugin {
  return {
    name: 'static-site:headers-file',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

/** `vite preview`: the security headers and cache rules, no SPA fallback, and a real 404 for what `dist/` does not hold. */
function previewNotFound(): Plugin {
  let distDir = 'dist';
  return {
    name: 'static-site:preview-404',
    config: (_, env) => (env.isPreview ? { appType: 'mpa' } : undefined),
    configResolved(config) {
      distDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      // Now: runs before Vite's own middlewares.
      server.middlewares.use(hostingHeadersMiddleware);
      // Returned: runs after Vite's static files and HTML rewrites, before its bare 404.
      return () => {
        server.middlewares.use(notFoundMiddleware(distDir));
      };
    },
  };
}

/** Security headers in every page, `dist/_headers`, and cache rules and real 404s under `vite preview`. */
export function staticSite(): Plugin[] {
  return [cspMeta(), headersFileAsset(), previewNotFound()];
}

export { SECURITY_HEADERS };

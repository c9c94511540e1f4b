/**
 * How the built site is served, the same way by `vite preview` (`npm start`, the browser tests)
 * and by a static host: the security headers of scripts/security-headers.ts on every answer
 * (and in each page's `<meta>`).
 */
import type { Plugin } from 'vite';

import { SECURITY_HEADERS, cspMetaTag, headersFile } from './security-headers.ts';

/** index.html with the CSP `<meta>` (and so every prerendered page), right after the charset. */
export function withCspMeta(html: string): string {
  const charset = /<meta charset="UTF-8" \/>\n?( *)/i.exec(html);
  if (!charset) throw new Error('static-site: index.html has no <meta charset="UTF-8" />');
  if (/http-equiv="Content-Security-Policy"/i.test(html)) {
    throw new Error('static-site: index.html must not carry its own CSP <meta>; edit scripts/security-headers.ts');
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

/** Security headers in every page and `dist/_headers`. */
export function staticSite(): Plugin[] {
  return [cspMeta(), headersFileAsset()];
}

export { SECURITY_HEADERS };

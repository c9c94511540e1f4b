/**
 * The site's security policy, in one place. `vite.config.ts` turns it into the
 * `<meta http-equiv="Content-Security-Policy">` of every page and the headers of `vite preview`
 * (`npm start`); ./hosting.ts writes the same headers into `dist/_headers` (Netlify,
 * Cloudflare Pages) and `deploy/nginx.conf`. See tooling/vite/static-site.ts.
 */

/** Self only: no inline script or style, no eval, no request to another origin. */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy a `<meta>` can carry (browsers ignore `frame-ancestors` there). */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The same policy as a header, which can also forbid every other page to frame ours. */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Powerful features the guide never uses, denied to it and to anything it could embed. */
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
];

/** Every response's security headers, by name. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

/** The `<meta>` tag every page carries. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
}

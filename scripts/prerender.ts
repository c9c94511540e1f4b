// After `vite build` (client) and `vite build --ssr src/prerender.tsx` (server entry), writes
// each page's HTML to dist/<path>/index.html so that every step of every scenario is a real
// page that shows, and works, before (or without) any script. dist/404.html is the page for
// paths that have no file; dist/index.html stays the app shell (the service worker serves it
// offline for any page, and the app renders the step from the URL).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { outDir } from '../tooling/guide-orgs.ts';
import { organisationFolders } from '../tooling/machine-files.ts';

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `dist/`, or where `GUIDE_OUT_DIR` says (tooling/guide-orgs.ts).
const dist = resolve(root, outDir());
const serverEntry = join(root, '.prerender', 'prerender.js');
// The server entry's exports (src/prerender.tsx), built by `vite build --ssr` just before.
type ServerEntry = typeof import('../src/prerender.tsx');
const { prerenderedPaths, renderPage, startsWithHomeScript, stepCounts, NOT_FOUND_PAGE_PATH } = (await import(pathToFileURL(serverEntry).href)) as ServerEntry;
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
// The home page's own script (tooling/vite/start-after-first-paint.ts): it starts the app only when needed.
const homeScript = /\sdata-home="([^"]+)"/.exec(shell);
if (!homeScript) throw new Error('dist/index.html has no data-home on its boot script');
const startScript = (path: string, html: string) =>
  startsWithHomeScript(path)
    ? html.replace(homeScript[0], '').replace(/\sdata-app="([^"]+)"/, ` data-app="${homeScript[1]}" data-full-app="$1"`)
    : html.replace(homeScript[0], '');

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const commonTexts = (lang: string): { app: { documentTitle: string } } => JSON.parse(readFileSync(join(root, 'src', 'i18n', 'locales', lang, 'common.json'), 'utf8'));

async function pageHtml(path: string): Promise<string> {
  const body = await renderPage(path);
  // An inline script (React moving an outlined Suspense boundary into place) would be blocked
  // by the CSP and would leave the page without its content when JavaScript is off.
  if (/<script(?![^>]*\bsrc=)|<template/.test(body)) throw new Error(`Prerendered ${path} holds an inline script or template`);
  const lang = path.split('/')[1] ?? 'fr';
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body);
  if (!h1) throw new Error(`Prerendered ${path} has no h1: ${body.slice(0, 300)}`);
  const page = decode(h1[1]!).replace(/[ \t\r\n]+/g, ' ').trim();
  // The same <title> the app sets once running (common.json, app.documentTitle).
  const title = commonTexts(lang).app.documentTitle.replace('{{page}}', page);
  const html = shell
    .replace('<html lang="fr">', `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(/<div id="root">[\s\S]*?<\/div>(?=\s*<\/body>)/, `<div id="root" data-prerendered="${path}">${body}</div>`);
  if (html === shell) throw new Error('dist/index.html does not have the expected shell markup');
  return startScript(path, html);
}

let count = 0;
for (const path of await prerenderedPaths()) {
  const file = join(dist, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await pageHtml(path));
  count++;
}
writeFileSync(join(dist, '404.html'), await pageHtml(NOT_FOUND_PAGE_PATH));
// The server build goes when this process does: the app may still be importing a module in
// the background (a preload), which must not find its file gone.
process.on('exit', () => rmSync(join(root, '.prerender'), { recursive: true, force: true }));

// Every reachable step the engine counts must now be a file, in each language.
const countFiles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : e.name === 'index.html' ? 1 : 0), 0);
const languages = ['fr', 'en'];
let steps = 0;
for (const [id, expected] of Object.entries(await stepCounts())) {
  for (const lang of languages) {
    const written = countFiles(join(dist, lang, id));
    if (written !== expected) throw new Error(`${lang}/${id}: ${written} step pages written, the engine counts ${expected} reachable steps`);
    steps += written;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const organisations = organisationFolders();
console.log(
  `Prerendered ${count} pages to static HTML (${steps} scenario steps, the engine's count) and 404.html in ${seconds} s, ` +
    `for ${organisations.length} organisation${organisations.length > 1 ? 's' : ''} (${organisations.join(', ')})${process.env.GUIDE_ORGS ? ', as GUIDE_ORGS asks' : ''}.`,
);

// After `vite build` (client) and `vite build --ssr src/prerender.tsx` (server entry), writes
// each page's HTML to dist/<path>/index.html so it shows before any script runs. dist/index.html
// stays the empty shell: static hosts serve it for every other path (answers, bad links).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const serverEntry = join(root, '.prerender', 'prerender.js');
const { prerenderedPaths, renderPage } = await import(pathToFileURL(serverEntry).href);
const shell = readFileSync(join(dist, 'index.html'), 'utf8');

const decode = (html) =>
  html.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const commonTexts = (lang) => JSON.parse(readFileSync(join(root, 'src', 'i18n', 'locales', lang, 'common.json'), 'utf8'));

let count = 0;
for (const path of prerenderedPaths()) {
  const body = await renderPage(path);
  const lang = path.split('/')[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body);
  if (!h1) throw new Error(`Prerendered ${path} has no h1: ${body.slice(0, 300)}`);
  const page = decode(h1[1]).replace(/[ \t\r\n]+/g, ' ').trim();
  // The same <title> the app sets once running (common.json, app.documentTitle).
  const title = commonTexts(lang).app.documentTitle.replace('{{page}}', page);
  const html = shell
    .replace('<html lang="fr">', `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(/<div id="root">[\s\S]*?<\/div>(?=\s*<\/body>)/, `<div id="root" data-prerendered="${path}">${body}</div>`);
  if (html === shell) throw new Error('dist/index.html does not have the expected shell markup');
  const file = join(dist, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  count++;
}
rmSync(join(root, '.prerender'), { recursive: true, force: true });
console.log(`Prerendered ${count} pages to static HTML.`);

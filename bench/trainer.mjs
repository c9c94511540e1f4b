// Trainer mode's budgets (src/trainer/): the home and question pages load none of the trainer's
// code, and no page loads a layout library: diagrams are laid out at build time
// (tooling/diagram-layout.ts), so the largest scenario's sheet downloads its diagram's
// positions (printed with their size) and lays nothing out.
//
// Part of `npm run bench` (bench/run.mjs), and runnable alone on an existing build:
//   npm run build && npx tsx bench/trainer.mjs
// (serves dist/ with `vite preview` on a free port, so it never collides with a bench running).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, loadedAssets } from './browser.mjs';
import { scenarios } from '../machines/index.ts';
import { diagramOf } from '../engine/diagram.ts';

/** A loaded file that belongs to trainer mode: its chunks (src/trainer/) and diagrams, or a layout library's. */
export const TRAINER_ASSET = /trainer|dagre|diagram/i;
/** A layout library, on any page: none since diagrams are laid out at build time. */
export const LAYOUT_LIBRARY = /dagre|graphlib|elk/i;

/** The registered scenario whose diagram has the most boxes and arrows. */
export async function largestScenario() {
  let largest;
  for (const entry of scenarios) {
    const diagram = diagramOf((await entry.load()).default);
    const size = diagram.nodes.length + diagram.edges.length;
    if (!largest || size > largest.size) largest = { id: entry.id, size, nodes: diagram.nodes.length, edges: diagram.edges.length };
  }
  return largest;
}

/** The trainer's files among a page's loaded assets (`loadedAssets(...).files`): none expected on the home or a question page. */
export const trainerAssets = (files) => files.filter((f) => TRAINER_ASSET.test(f.path));

/** What the largest scenario's sheet loads: its files, and among them its laid-out diagram and any layout library. */
export async function sheetAssets(browser, base, distDir, path) {
  const assets = await loadedAssets(browser, base, distDir, path, '.scenario-sheet svg.diagram');
  return { ...assets, diagram: assets.files.filter((f) => /\/diagram-/.test(f.path)), library: assets.files.filter((f) => LAYOUT_LIBRARY.test(f.path)) };
}

/** The trainer's lines for the bench's summary: [label, value, limit, ok] (ok undefined: information only). */
export function trainerSummary({ homeAssets, questionAssets, sheet, largest }) {
  const lines = [];
  for (const [label, assets] of [
    ['home', homeAssets],
    ['question page', questionAssets],
  ]) {
    if (!assets || assets.error) lines.push([`trainer code or dagre in the ${label} JS`, 'NOT MEASURED', 'none', false]);
    else {
      const found = trainerAssets(assets.files).map((f) => f.path);
      lines.push([`trainer code or dagre in the ${label} JS`, found.length ? found.join(', ') : 'none', 'none', found.length === 0]);
    }
  }
  if (!sheet || sheet.error) lines.push(['layout library loaded by the largest sheet', 'NOT MEASURED', 'none', false]);
  else {
    const label = `layout library loaded by the largest sheet (${largest.id}: ${largest.nodes} boxes, ${largest.edges} arrows)`;
    lines.push([label, sheet.library.length ? sheet.library.map((f) => f.path).join(', ') : 'none', 'none', sheet.library.length === 0]);
    lines.push([`its diagram, laid out at build time, gzip`, sheet.diagram.map((f) => `${f.path}: ${(f.gzip / 1024).toFixed(1)} KB`).join(', ') || 'NOT FOUND', 'one file', sheet.diagram.length === 1]);
  }
  return lines;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Alone: measures dist/ (as built by `npm run build`), prints the lines, exits 1 on a failed budget. */
async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  let browser;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/fr/`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 100) throw new Error(`vite preview did not answer at ${base}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchBrowser();
    const dist = join(root, 'dist');
    const largest = await largestScenario();
    const homeAssets = await loadedAssets(browser, base, dist, '/fr/', 'main h1');
    const questionAssets = await loadedAssets(browser, base, dist, '/fr/eq-relation-politique/', 'fieldset legend h1');
    const sheet = await sheetAssets(browser, base, dist, `/fr/formation/${largest.id}/`);
    const lines = trainerSummary({ homeAssets, questionAssets, sheet, largest });
    for (const [label, value, limit, ok] of lines) console.log(`${label}: ${value} (budget ${limit}) ${ok ? 'OK' : 'FAIL'}`);
    process.exitCode = lines.every((l) => l[3]) ? 0 : 1;
  } finally {
    await browser?.close();
    stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

// Trainer mode's budgets (src/trainer/): the home and question pages load none of the trainer's
// code nor dagre (its layout library), and the largest scenario's diagram is laid out in under
// 50 ms (median of cold loads of its sheet, in Chromium; the app marks `diagram-layout` with the
// User Timing API around dagre's layout).
//
// Part of `npm run bench` (bench/run.mjs), and runnable alone on an existing build:
//   npm run build && npx tsx bench/trainer.mjs
// (serves dist/ with `vite preview` on a free port, so it never collides with a bench running).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, loadedAssets } from './browser.mjs';
import { median, ms } from './util.mjs';
import { scenarios } from '../machines/index.ts';
import { diagramOf } from '../engine/diagram.ts';

export const TRAINER_BUDGET = { layoutMs: 50 };
/** A loaded file that belongs to trainer mode: its chunks (src/trainer/) or dagre's. */
export const TRAINER_ASSET = /trainer|dagre/i;

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

/**
 * Cold loads (fresh context each) of a scenario's trainer sheet; each time, how long the app's
 * dagre layout took (`performance.getEntriesByName('diagram-layout')`, the first of the load).
 */
export async function layoutTimes(browser, base, path, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(path, { waitUntil: 'load' });
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
      await page.waitForFunction(() => performance.getEntriesByName('diagram-layout').length > 0, null, { timeout: 15_000 });
      samples.push(await page.evaluate(() => performance.getEntriesByName('diagram-layout')[0].duration));
    } finally {
      await context.close();
    }
    if (errors.length) throw new Error(`errors on ${path}: ${errors.join(' | ')}`);
  }
  return { samples, median: median(samples) };
}

/** The trainer's lines for the bench's summary: [label, value, limit, ok] (ok undefined: information only). */
export function trainerSummary({ homeAssets, questionAssets, layout, largest }) {
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
  if (!layout || layout.error) lines.push(['diagram layout, largest scenario', 'NOT MEASURED', `< ${TRAINER_BUDGET.layoutMs} ms`, false]);
  else
    lines.push([
      `diagram layout, largest scenario (${largest.id}: ${largest.nodes} boxes, ${largest.edges} arrows; median of ${layout.samples.length} cold loads)`,
      `${ms(layout.median)} (${layout.samples.map((s) => ms(s)).join(', ')})`,
      `< ${TRAINER_BUDGET.layoutMs} ms`,
      layout.median < TRAINER_BUDGET.layoutMs,
    ]);
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
    const layout = await layoutTimes(browser, base, `/fr/formation/${largest.id}/`, 5);
    const lines = trainerSummary({ homeAssets, questionAssets, layout, largest });
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

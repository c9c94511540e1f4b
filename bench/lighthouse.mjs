// Lighthouse (default mobile preset, simulated throttling), one fresh Chromium per run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tooling/chromium.ts';
import { median } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

let activeChrome;
let activeProfile;
/** Synchronous, for 'exit' and signal handlers: the Chromium of the running Lighthouse dies. */
export function killActiveChrome() {
  if (activeChrome?.pid) {
    try {
      process.kill(activeChrome.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  activeChrome = undefined;
  if (activeProfile) rmSync(activeProfile, { recursive: true, force: true, maxRetries: 3 });
  activeProfile = undefined;
}
process.on('exit', killActiveChrome);

async function runOnce(url) {
  activeProfile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir: activeProfile,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
    handleSIGINT: false, // run.mjs handles signals
  });
  activeChrome = chrome;
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    activeChrome = undefined;
    await chrome.kill();
    rmSync(activeProfile, { recursive: true, force: true, maxRetries: 3 });
    activeProfile = undefined;
  }
}

/**
 * `runs` rounds over `pages` ({ name, url }), interleaved so that any drift of the machine
 * touches every page alike. Each report goes to `<reportDir>/<name>-<round>.json`.
 * Returns, per page, the median of each figure and the reports.
 */
export async function lighthouseAll(pages, runs, reportDir, log) {
  mkdirSync(reportDir, { recursive: true });
  const reports = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let round = 1; round <= runs; round++) {
    for (const { name, url } of pages) {
      const started = Date.now();
      const lhr = await runOnce(url);
      writeFileSync(join(reportDir, `${name}-${round}.json`), JSON.stringify(lhr));
      reports[name].push(lhr);
      const f = figures(lhr);
      log(
        `  lighthouse ${name} #${round}: ` +
          CATEGORIES.map((c) => `${c} ${f[c] ?? '?'}`).join(', ') +
          `, LCP ${Math.round(f.lcp)} ms, TBT ${Math.round(f.tbt)} ms, ${f.longTasks} long task(s), longest ${Math.round(f.longestTask)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)` +
          (lhr.runtimeError ? `\n    runtimeError: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : ''),
      );
    }
  }
  const result = {};
  for (const { name } of pages) {
    const all = reports[name].map(figures);
    const med = Object.fromEntries(['lcp', 'tbt', 'fcp', 'si', 'cls', 'longTasks', 'longestTask', ...CATEGORIES].map((k) => [k, median(all.map((f) => f[k]))]));
    // The run whose performance score is the median one, for its opportunities.
    const byPerf = [...reports[name]].sort((a, b) => (figures(a).performance ?? -1) - (figures(b).performance ?? -1));
    result[name] = { ...med, reports: reports[name], medianReport: byPerf[Math.floor(byPerf.length / 2)] };
  }
  return result;
}

export function figures(lhr) {
  const score = (c) => (lhr.categories[c]?.score == null ? undefined : Math.round(lhr.categories[c].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue;
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    fcp: value('first-contentful-paint'),
    si: value('speed-index'),
    cls: value('cumulative-layout-shift'),
    // Lighthouse's long tasks (50 ms or more on the main thread, under its CPU slowdown) while the page loads.
    longTasks: lhr.audits['long-tasks']?.details?.items?.length ?? 0,
    longestTask: Math.max(0, ...(lhr.audits['long-tasks']?.details?.items ?? []).map((t) => t.duration ?? 0)),
  };
}

/** Audits that cost points in accessibility, best practices and SEO, over all the reports. */
export function failingAudits(reports) {
  const seen = new Map();
  for (const lhr of reports) {
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
        const key = `${category}/${ref.id}`;
        const entry = seen.get(key) ?? { category, id: ref.id, title: audit.title, weight: ref.weight, runs: 0, detail: describe(audit) };
        entry.runs++;
        seen.set(key, entry);
      }
    }
  }
  return [...seen.values()];
}

function describe(audit) {
  const items = audit.details?.items ?? [];
  const parts = [];
  if (audit.displayValue) parts.push(audit.displayValue);
  for (const item of items.slice(0, 3)) {
    const text = item.node?.snippet ?? item.url ?? item.source?.url ?? item.description ?? item.index ?? item.message;
    if (text !== undefined) parts.push(String(text).slice(0, 120));
  }
  if (audit.explanation) parts.push(audit.explanation.slice(0, 200));
  return parts.join(' | ');
}

/** Performance audits that do not pass in one report, largest estimated savings first. */
export function performanceOpportunities(lhr, limit = 6) {
  const out = [];
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    if (ref.group === 'metrics') continue;
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 0.9) continue;
    if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode) && !audit.metricSavings) continue;
    const savings = audit.metricSavings ?? {};
    const ms = audit.details?.overallSavingsMs ?? Math.max(0, savings.LCP ?? 0, savings.FCP ?? 0, savings.TBT ?? 0);
    const bytes = audit.details?.overallSavingsBytes;
    out.push({ id: ref.id, title: audit.title, score: audit.score, ms, bytes, displayValue: audit.displayValue, savings });
  }
  return out.sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0) || (b.bytes ?? 0) - (a.bytes ?? 0)).slice(0, limit);
}

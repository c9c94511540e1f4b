import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tooling/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The one Chromium every browser test file connects to (test/browser/browser.ts). */
    browserEndpoint: string;
  }
}

/** A port nobody listens on, so parallel runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 200; fails if `child` (named `name`) exits first, or after 20 s. */
export async function waitUntilUp(url: string, child: ChildProcess, name = 'vite preview') {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer at ${url}`);
}

/**
 * Serves the production build with `vite preview` on 127.0.0.1 for the browser tests, and
 * starts the one Chromium they all share (each test file connects; each test opens its own
 * context): one build and one browser for the whole run.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/fr/index.html')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseURL + '/fr/', child);
  project.provide('baseURL', baseURL);
  const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
}

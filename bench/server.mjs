// Builds the app into .bench/dist (dist/ stays untouched), adds the floor page, serves it with
// `vite preview` on a fixed port and stops the server however the bench ends.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const HOST = '127.0.0.1';
export const PORT = 4319;
export const BASE = `http://${HOST}:${PORT}`;

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write((result.stdout ?? '') + (result.stderr ?? ''));
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal ?? result.error})`);
  }
  return result.stdout + result.stderr;
}

// What the build of a copy of the project leaves out.
const NOT_COPIED = new Set(['node_modules', 'dist', '.bench', '.git', '.prerender', 'test']);

/**
 * The site as it ships, in `<root>/<outDir>`. `npm run build` writes to dist/ (and its
 * prerender step has dist/ written in it), so it runs in a copy of the project
 * (`.bench/build/`, node_modules linked), whose dist/ then becomes `outDir`. With
 * `viteOnly`, just `vite build --outDir <outDir>`: the client bundle and its empty
 * shell page, without any post-build step. Returns a line saying which build it was.
 */
export function build(root, outDir, { viteOnly = false } = {}) {
  const target = join(root, outDir);
  if (viteOnly) {
    run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], root);
    return `npx vite build --outDir ${outDir} (client bundle only: no post-build step such as prerendering)`;
  }
  const work = join(root, '.bench', 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    for (const entry of readdirSync(root)) {
      if (!NOT_COPIED.has(entry)) cpSync(join(root, entry), join(work, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    const output = run('npm', ['run', 'build'], work);
    if (!existsSync(join(work, 'dist', 'index.html'))) throw new Error('npm run build left no dist/index.html');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(join(target, '..'), { recursive: true });
    renameSync(join(work, 'dist'), target);
    const notes = output.split('\n').filter((l) => /^\s*Prerendered\b/.test(l)).map((l) => l.trim());
    return `npm run build in a copy of the project${notes.length ? ` (${notes.join('; ')})` : ''}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** bench/floor.html → <dist>/__floor/index.html, with its stylesheet next to it. */
export function addFloor(benchDir, distDir) {
  const dir = join(distDir, '__floor');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(benchDir, 'floor.html'), join(dir, 'index.html'));
  copyFileSync(join(benchDir, 'floor.css'), join(dir, 'floor.css'));
}

/**
 * Starts `vite preview` in its own process group and waits until it answers. Returns a
 * synchronous `stop()` (safe to call twice, and from an 'exit' handler).
 */
export async function serve(root, outDir) {
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', HOST, '--port', String(PORT), '--strictPort'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`vite preview exited (${child.exitCode ?? child.signalCode}); is port ${PORT} taken?\n${output}`);
      }
      try {
        const response = await fetch(`${BASE}/fr/`);
        if (response.ok) break;
      } catch {
        // not up yet
      }
      if (i > 150) throw new Error(`vite preview did not answer at ${BASE}/fr/ within 30 s\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The floor must be our static page, not the app's SPA fallback.
    const floor = await (await fetch(`${BASE}/__floor/`)).text();
    if (!floor.includes('The floor:')) throw new Error(`${BASE}/__floor/ does not serve bench/floor.html`);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitUntilUp } from '../browser/serve';

/** Debian's nginx (`apt-get install nginx libnginx-mod-http-brotli-static`, as `.ci/run` does). */
export const NGINX = '/usr/sbin/nginx';

export interface RunningServer {
  baseURL: string;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess, signal: () => void): () => Promise<void> {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
  // Whatever ends the test run, the server goes with it.
  const onExit = () => signal();
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    signal();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  };
}

/**
 * Debian's nginx on a free loopback port, in the foreground, its pid, logs and temporary files
 * in `workDir`, with `deploy/nginx.conf` included in a server block that sets only `listen`,
 * `server_name` and `root`, as the README tells users to.
 */
export async function startNginx(root: string, workDir: string, projectRoot: string): Promise<RunningServer> {
  const port = await freePort();
  const conf = join(workDir, 'nginx.conf');
  const errorLog = join(workDir, 'error.log');
  writeFileSync(
    conf,
    [
      // Workers run as `nobody` when nginx starts as root (CI), and may not read a checkout
      // under /root: they run as root here. As any other user, nginx ignores `user`.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(workDir, 'nginx.pid')};`,
      `error_log ${errorLog};`,
      // Debian's own nginx.conf loads the packaged modules (Brotli) this way.
      'include /etc/nginx/modules-enabled/*.conf;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(workDir, kind)};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      `    root ${root};`,
      `    include ${join(projectRoot, 'deploy', 'nginx.conf')};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(baseURL + '/fr/', child, 'nginx');
  } catch (error) {
    child.kill('SIGTERM');
    const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
    throw new Error(`${(error as Error).message}\n${stderr}${log}`, { cause: error });
  }
  // SIGTERM: nginx's fast shutdown, workers included.
  return { baseURL, stop: stopper(child, () => child.kill('SIGTERM')) };
}

/** `vite preview` (what `npm start` runs after its build) on a free loopback port, serving `outDir`. */
export async function startPreview(outDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitUntilUp(baseURL + '/fr/', child);
  } catch (error) {
    kill();
    throw error;
  }
  return { baseURL, stop: stopper(child, kill) };
}

/** Points the symbolic link `link` at `target`, replacing the link in one step (a deploy). */
export function pointAt(link: string, target: string) {
  const next = `${link}.next`;
  symlinkSync(target, next, 'dir');
  renameSync(next, link);
}

// What a build in a copy of the project leaves out (as bench/server.mjs does).
const NOT_COPIED = new Set(['node_modules', 'dist', '.bench', '.git', '.prerender', 'test', 'bench', 'docs']);

/**
 * `npm run build` in a copy of the project (`workDir`, node_modules linked) after `edit` has
 * changed it: a new version of the site, in `<workDir>/dist`, built as any deploy builds it.
 * `done` resolves to the build's output; `stop` ends a build still running.
 */
export function buildChangedCopy(projectRoot: string, workDir: string, edit: (copy: string) => void): { done: Promise<string>; stop(): void } {
  mkdirSync(workDir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(projectRoot, entry), join(workDir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  edit(workDir);
  // A production build, as a deploy's: not Vitest's NODE_ENV=test, nor its other variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const child = spawn('npm', ['run', 'build'], { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...env, NODE_ENV: 'production' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`npm run build in ${workDir} failed (${code}):\n${output.slice(-3000)}`))));
  });
  // Awaited later by the test that needs it; a failure is reported there.
  done.catch(() => undefined);
  const stop = () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { done, stop };
}

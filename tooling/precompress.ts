/**
 * The `.br` and `.gz` beside each text file of the built site, for servers that send a file's
 * compressed copy as it is (nginx's `brotli_static` and `gzip_static`, deploy/nginx.conf)
 * rather than compressing every answer again: Brotli at quality 11 and gzip at level 9, the
 * smallest each can do, since it is done once per build.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The files a browser reads as text; images, fonts and `_headers` (never served) are left alone. */
export const TEXT_FILE = /\.(html|js|mjs|css|svg|json|webmanifest|txt|xml|map)$/;

export interface Totals {
  files: number;
  /** Files whose compressed copies would not be smaller (e.g. a tiny robots.txt): none written. */
  skipped: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each text file under `dir`, each only where it is
 * smaller than the file (a copy from an earlier build that no longer is, is removed). Returns
 * the total sizes of the files and of what a client would receive: the compressed copy, or
 * the file where there is none.
 */
export async function precompress(dir: string): Promise<Totals> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const totals: Totals = { files: files.length, skipped: 0, raw: 0, gzip: 0, brotli: 0 };

  async function one(file: string) {
    const raw = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
      gzipAsync(raw, { level: 9 }),
    ]);
    totals.raw += raw.length;
    let written = 0;
    for (const [copy, suffix, key] of [[br, '.br', 'brotli'], [gz, '.gz', 'gzip']] as const) {
      if (copy.length < raw.length) {
        await writeFile(file + suffix, copy);
        totals[key] += copy.length;
        written++;
      } else {
        if (existsSync(file + suffix)) rmSync(file + suffix);
        totals[key] += raw.length;
      }
    }
    if (written === 0) totals.skipped++;
  }

  // zlib's asynchronous calls run on libuv's threads: one file per core at a time.
  let next = 0;
  const worker = async () => {
    while (next < files.length) await one(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return totals;
}

// The last step of `npm run build`, after the prerender has written every page: a .br and a .gz
// beside each text file of dist/ (tooling/precompress.ts), and the total sizes.
import { resolve } from 'node:path';
import { outDir } from '../tooling/guide-orgs.ts';
import { precompress } from '../tooling/precompress.ts';

const started = performance.now();
const dist = resolve(outDir());
const totals = await precompress(dist);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const share = (bytes: number) => `${Math.round((100 * bytes) / totals.raw)} %`;
console.log(
  `Precompressed ${totals.files} text files (pages and assets) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${mb(totals.raw)} raw, ${mb(totals.gzip)} gzip (${share(totals.gzip)}), ${mb(totals.brotli)} Brotli (${share(totals.brotli)})` +
    (totals.skipped ? `; ${totals.skipped} left as they are (no smaller compressed)` : '') +
    '.',
);

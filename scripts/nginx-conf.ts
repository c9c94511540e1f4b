// `npm run nginx-conf`: writes deploy/nginx.conf from tooling/hosting.ts (the security headers
// and the cache rules); test/security/hosting.test.ts fails while the file is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxConf } from '../tooling/hosting.ts';

const deploy = join(dirname(fileURLToPath(import.meta.url)), '..', 'deploy');
const file = join(deploy, 'nginx.conf');
mkdirSync(deploy, { recursive: true });
writeFileSync(file, nginxConf());
console.log(`Wrote ${file}`);

// npm run fingerprints: after reviewing a change to a verdict or an ending against the
// policy, rewrite test/fingerprints.json and print which verdicts and endings changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { computeFingerprints, diffFingerprints, fingerprintsFile, type Fingerprints } from '../tooling/pinned-texts';

const before: Partial<Fingerprints> = existsSync(fingerprintsFile) ? JSON.parse(readFileSync(fingerprintsFile, 'utf8')) : {};
const after = await computeFingerprints();
const changes = diffFingerprints(before, after);
writeFileSync(fingerprintsFile, JSON.stringify(after, null, 2) + '\n');
for (const line of changes) console.log(line);
console.log(changes.length === 0 ? 'No verdict or ending changed.' : `${changes.length} fingerprint(s) updated in test/fingerprints.json: review them in the diff and commit.`);

// Pins what users act on: every verdict label and its explanation, and every ending's texts
// in each language (test/fingerprints.json). A change, or two endings' texts swapped, fails
// here until a maintainer reviews it and runs `npm run fingerprints`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFingerprints, diffFingerprints, fingerprintsFile, type Fingerprints } from '../../tooling/pinned-texts';

const committed = JSON.parse(readFileSync(fingerprintsFile, 'utf8')) as Fingerprints;
const current = await computeFingerprints();

describe('pinned verdicts and endings (test/fingerprints.json)', () => {
  it('no verdict label, explanation or ending text changed without review', () => {
    const changes = diffFingerprints(committed, current);
    const message =
      changes.length === 0
        ? ''
        : `What users act on changed:\n  ${changes.join('\n  ')}\n` +
          'Check each change against the policy; if it is intended, run `npm run fingerprints` and commit test/fingerprints.json.';
    expect(changes, message).toEqual([]);
  });

  it('every ending has its own fingerprint in each language (texts cannot be shared by mistake)', () => {
    for (const [id, endings] of Object.entries(current.endings)) {
      for (const lang of ['fr', 'en']) {
        const prints = Object.entries(endings).map(([state, byLang]) => [state, byLang[lang]] as const);
        const seen = new Map<string, string>();
        for (const [state, print] of prints) {
          expect(seen.get(print!), `${id}: ${state} and ${seen.get(print!)} show the same texts in ${lang}`).toBeUndefined();
          seen.set(print!, state);
        }
      }
    }
  });
});

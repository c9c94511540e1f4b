// The project carries its own copy of the five source policies (policies/*.txt). Where the
// team's shared folder sits next to the project (../shared/policies/), the copies must match
// it byte for byte; a clone without it skips this test.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisations } from '../../machines/index';
import { policiesDir, policyFile, projectRoot } from '../../tooling/policies';

const shared = join(projectRoot, '..', 'shared', 'policies');
const texts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('policies/: the project copy of the source policies', () => {
  it("holds every organisation's source file", () => {
    for (const org of organisations) expect(existsSync(policyFile(org.id)), org.sourceFile).toBe(true);
  });

  it.skipIf(!existsSync(shared))('matches ../shared/policies/ word for word (copy the new text over when a policy changes)', () => {
    expect(texts(policiesDir)).toEqual(texts(shared));
    for (const file of texts(shared)) {
      expect(readFileSync(join(policiesDir, file), 'utf8') === readFileSync(join(shared, file), 'utf8'), `policies/${file} differs from ../shared/policies/${file}`).toBe(true);
    }
  });
});

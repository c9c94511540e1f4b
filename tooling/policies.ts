// Node only: the text of an organisation's source policy, read from the project's own copy
// in `policies/` (see policies/README.md).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOrganisation } from '../machines/index';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const policiesDir = join(projectRoot, 'policies');

/** The source policy file of an organisation (`policies/<sourceFile>`). */
export function policyFile(organisation: string): string {
  const org = findOrganisation(organisation);
  if (!org) throw new Error(`unknown organisation "${organisation}"`);
  return join(policiesDir, org.sourceFile);
}

export function readPolicy(organisation: string): string {
  return readFileSync(policyFile(organisation), 'utf8');
}

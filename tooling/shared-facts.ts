// Each organisation's shared facts (`machines/<org>/facts.ts`, where it has one), read from
// disk (Node only: tables, checks and tests).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SharedFact } from '../engine/model';
import { MACHINES_DIR } from './machine-files';

const isFact = (v: unknown): v is SharedFact => typeof v === 'object' && v !== null && 'id' in v && 'values' in v && 'restsOn' in v;

export async function loadSharedFacts(organisation: string): Promise<SharedFact[]> {
  const file = join(MACHINES_DIR, organisation, 'facts.ts');
  if (!existsSync(file)) return [];
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  // By id: the order of a module's exports differs between loaders (a namespace object sorts them).
  return Object.values(mod).filter(isFact).sort((a, b) => a.id.localeCompare(b.id));
}

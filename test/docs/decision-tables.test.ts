// The committed decision tables (docs/decision-tables/) must match the machines: a stale
// table fails here. Fix: `npm run tables`, then commit the tables with the change.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDecisionTables, tablesDir } from '../../tooling/decision-tables';

const expected = await allDecisionTables();
const stale = 'is stale: run `npm run tables` and commit docs/decision-tables/';

describe('docs/decision-tables/', () => {
  it('holds exactly one table per scenario and its README', () => {
    const committed = existsSync(tablesDir) ? readdirSync(tablesDir).filter((f) => f.endsWith('.md')).sort() : [];
    expect(committed, `docs/decision-tables/ ${stale}`).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.entries()])('%s is up to date', (name, content) => {
    const file = join(tablesDir, name);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    expect(committed === content, `docs/decision-tables/${name} ${stale}`).toBe(true);
  });
});

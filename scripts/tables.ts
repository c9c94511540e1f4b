// npm run tables: writes docs/decision-tables/<id>.md for every scenario, and its README.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allDecisionTables, tablesDir } from '../tooling/decision-tables';

const files = await allDecisionTables();
mkdirSync(tablesDir, { recursive: true });
for (const old of readdirSync(tablesDir)) if (old.endsWith('.md') && !files.has(old)) rmSync(join(tablesDir, old));
for (const [name, content] of files) writeFileSync(join(tablesDir, name), content);
console.log(`${files.size - 1} decision tables written to docs/decision-tables/.`);

// npm run policy:diff -- <org> <new-text-file> [--out <dir>] [--date YYYY-MM-DD]
// Compares a new version of an organisation's policy with policies/<file>, prints what it
// means for the scenarios and writes it to docs/policy-updates/<org>-<date>.md (--out: another
// folder, for tests). Reads policies/ and machines/, never writes there. Exit 1 on bad input.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findOrganisation, organisations } from '../machines/index';
import { loadAllScenarios } from '../tooling/load-scenarios';
import { organisationTextFile } from '../tooling/machine-files';
import { policyFile, projectRoot } from '../tooling/policies';
import { formatReport, hasChanges, PolicyDiffError, policyText, policyUpdate } from '../tooling/policy-diff';

const usage = 'Usage: npm run policy:diff -- <organisation> <new-text-file> [--out <dir>] [--date YYYY-MM-DD]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArguments(argv: string[]) {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '--date') {
      const value = argv[++i];
      if (value === undefined) fail(`${arg} needs a value.\n${usage}`);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('--')) fail(`Unknown option ${arg}.\n${usage}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) fail(usage);
  return { organisation: positional[0]!, file: positional[1]!, out: options.out, date: options.date };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const args = parseArguments(process.argv.slice(2));
const organisation = findOrganisation(args.organisation);
if (!organisation) fail(`Unknown organisation "${args.organisation}": one of ${organisations.map((o) => o.id).join(', ')}.`);
const date = args.date ?? today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date ${date}: expected YYYY-MM-DD.`);
const outDir = resolve(args.out ?? join(projectRoot, 'docs', 'policy-updates'));
for (const kept of ['policies', 'machines']) {
  if (!relative(join(projectRoot, kept), outDir).startsWith('..')) fail(`--out ${args.out}: the report never goes into ${kept}/.`);
}
if (!existsSync(args.file)) fail(`${args.file}: no such file.`);

const currentFile = policyFile(organisation.id);
const shownCurrent = relative(projectRoot, currentFile);
try {
  const next = policyText(readFileSync(args.file));
  const update = policyUpdate(organisation.id, readFileSync(currentFile, 'utf8'), next, await loadAllScenarios());
  if (!hasChanges(update)) {
    console.log(`No change: ${args.file} says what ${shownCurrent} says, passage by passage. Nothing to reread; no report written.`);
    process.exit(0);
  }
  const texts = JSON.parse(readFileSync(organisationTextFile(organisation.id, 'fr'), 'utf8')) as { name: string; date: string };
  const report = formatReport(update, { organisationName: texts.name, policyDate: texts.date, policyFile: shownCurrent, newFile: args.file, date });
  mkdirSync(outDir, { recursive: true });
  const written = join(outDir, `${organisation.id}-${date}.md`);
  writeFileSync(written, report);
  console.log(report);
  const shown = relative(process.cwd(), written);
  console.log(`Report written to ${shown.startsWith('..') ? written : shown}.`);
} catch (error) {
  if (error instanceof PolicyDiffError) fail(`${args.file} ${error.message}`);
  throw error;
}

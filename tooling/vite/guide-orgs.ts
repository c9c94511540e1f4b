// A single-organisation build (`GUIDE_ORGS=vbc npm run build`, ../guide-orgs.ts): the registry
// the browser reads, machines/index.ts, keeps only the lines of the organisations built, so
// that no other organisation's machine, texts or name reach any page or asset.
import type { Plugin } from 'vite';
import { organisationFolders, scenarioTextFiles } from '../machine-files.ts';

const REGISTRY = /[/\\]machines[/\\]index\.ts$/;
const ORGANISATION_IMPORT = /^import \{ (\w+) \} from '\.\/([\w-]+)\/organisation';$/;
const SCENARIO_LINE = /^\s*\{ id: '[\w-]+', organisation: '([\w-]+)',/;
const ORGANISATION_TABLE = /^(export const organisations: Organisation\[\] = \[)([^\]]*)(\];)$/;

/** The registry's source with only the lines of `kept` organisations (throws if its layout is not the one expected). */
export function registryFor(code: string, kept: readonly string[]): string {
  const dropped = new Set<string>();
  const lines = code.split('\n').filter((line) => {
    const imported = ORGANISATION_IMPORT.exec(line);
    if (imported && !kept.includes(imported[2]!)) {
      dropped.add(imported[1]!);
      return false;
    }
    const scenario = SCENARIO_LINE.exec(line);
    return !scenario || kept.includes(scenario[1]!);
  });
  let tables = 0;
  const result = lines.map((line) =>
    line.replace(ORGANISATION_TABLE, (_, start: string, names: string, end: string) => {
      tables++;
      return start + names.split(',').map((n) => n.trim()).filter((n) => n && !dropped.has(n)).join(', ') + end;
    }),
  );
  const scenarios = result.filter((line) => SCENARIO_LINE.test(line)).length;
  const expected = scenarioTextFiles('fr').length;
  if (tables !== 1 || scenarios !== expected) {
    throw new Error(`GUIDE_ORGS: machines/index.ts no longer has one line per scenario and one organisation table (kept ${scenarios} scenarios of ${expected}, ${tables} tables)`);
  }
  return result.join('\n');
}

export function guideOrganisationsOnly(): Plugin {
  return {
    name: 'guide-organisations-only',
    enforce: 'pre',
    transform(code, id) {
      if (!process.env.GUIDE_ORGS || !REGISTRY.test(id)) return;
      return { code: registryFor(code, organisationFolders()), map: null };
    },
  };
}

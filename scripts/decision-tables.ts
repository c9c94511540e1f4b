// Decision tables for policy owners: per scenario, every path of its machine (the answers,
// in French, with their questions), the verdict, the short answer and the sections cited.
// One module for `npm run tables` (writes docs/decision-tables/) and for the test that
// fails when a committed table is stale.
import { join } from 'node:path';
import { commonTexts } from './machine-files';
import { findOrganisation } from '../machines/index';
import { lookup, type Messages, type ScenarioUnderTest } from '../src/engine/validate';
import { walkedEndings } from '../src/engine/paths';
import { loadAllScenarios } from './load-scenarios';
import { projectRoot } from './policies';

export const tablesDir = join(projectRoot, 'docs', 'decision-tables');

export function readCommon(lang: string): Messages {
  return commonTexts(lang).texts as Messages;
}

/** A text for a Markdown table cell: one line, pipes escaped, lists joined. */
function cell(value: string | string[] | undefined): string {
  const text = value === undefined ? '(texte manquant)' : Array.isArray(value) ? value.join(' ') : value;
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The Markdown table of one scenario, from its machine and its French texts. */
export function decisionTable(scenario: ScenarioUnderTest, common: Messages): string {
  const fr = scenario.messages.fr ?? {};
  const text = (key: string) => cell(lookup(fr, key));
  const org = findOrganisation(scenario.document);
  const orgText = (key: string) => cell(lookup(common, `org.${scenario.document}.${key}`));
  const lines = [
    `# ${text('title')}`,
    '',
    `Scénario \`${scenario.id}\`. Politique source : ${orgText('policy')} (${orgText('name')}, ${orgText('date')}),` +
      ` \`policies/${org?.sourceFile ?? '?'}\`.`,
    '',
    'Généré par `npm run tables` à partir de la machine et de ses textes français : ne pas modifier à la main.',
    '',
    '| # | Réponses | Verdict | Réponse courte | Sections citées | Fin |',
    '|---|---|---|---|---|---|',
  ];
  walkedEndings(scenario.machine).forEach((position, index) => {
    const meta = position.meta;
    const steps = position.trail.map((step) => `${text(step.question.question)} → **${text(step.answer.label)}**`);
    lines.push(
      [
        '',
        String(index + 1),
        steps.length > 0 ? steps.join('<br>') : '(aucune question)',
        `${cell(lookup(common, `ending.verdict.${meta.verdict}`))} (\`${meta.verdict}\`)`,
        text(meta.summary),
        meta.citation.sections.map(text).join('<br>'),
        `\`${position.state}\``,
        '',
      ]
        .join(' | ')
        .trim(),
    );
  });
  return lines.join('\n') + '\n';
}

/** docs/decision-tables/README.md */
export function tablesReadme(scenarios: ScenarioUnderTest[]): string {
  return [
    '# Decision tables / Tables de décision',
    '',
    'One page per scenario, for the people who own each policy: every path through the',
    "scenario (each answer, in French, with its question), the verdict, the short answer the user",
    'reads under it, and the sections of the policy the ending cites. Review a whole scenario',
    'on one page without running the app, and see any change to the advice in a diff.',
    '',
    'Une page par scénario, pour les responsables de chaque politique : chaque parcours possible',
    '(chaque réponse, avec sa question), le verdict, la réponse courte et les sections citées.',
    '',
    'These files are generated from the machines (`machines/<organisation>/<id>.ts`) and their French texts by',
    '`npm run tables` (`scripts/decision-tables.ts`); do not edit them by hand. A unit test',
    '(`test/docs/decision-tables.test.ts`) fails when a committed table no longer matches the',
    'machines: run `npm run tables` and commit the result with the change that caused it.',
    '',
    ...scenarios.map((s) => `- [${cell(lookup(s.messages.fr ?? {}, 'title'))}](${s.id}.md)`),
    '',
  ].join('\n');
}

/** Every file of docs/decision-tables/, by name, as `npm run tables` writes them. */
export async function allDecisionTables(): Promise<Map<string, string>> {
  const scenarios = await loadAllScenarios();
  const common = readCommon('fr');
  const files = new Map<string, string>([['README.md', tablesReadme(scenarios)]]);
  for (const s of scenarios) files.set(`${s.id}.md`, decisionTable(s, common));
  return files;
}

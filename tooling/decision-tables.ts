// Decision tables for policy owners: per scenario, every path of its machine (the answers,
// in French, with their questions), the verdict, the short answer, the sections cited and
// the points to weigh; and per organisation, its shared facts and the verdicts each value
// leads to in each scenario.
// One module for `npm run tables` (writes docs/decision-tables/) and for the test that
// fails when a committed table is stale.
import { join } from 'node:path';
import { commonTexts } from './machine-files';
import { findOrganisation, organisations, scenarios as registry } from '../machines/index';
import { factListing, factPaths } from '../engine/facts';
import type { QuestionMeta, SharedFact } from '../engine/model';
import { loadSharedFacts } from './shared-facts';
import { lookup, type Messages, type ScenarioUnderTest } from '../engine/validate';
import { walkedEndings } from '../engine/paths';
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
  const endings = walkedEndings(scenario.machine);
  const withChecklist = endings.some((position) => (position.meta.checklist ?? []).length > 0);
  const lines = [
    `# ${text('title')}`,
    '',
    `Scénario \`${scenario.id}\`. Politique source : ${orgText('policy')} (${orgText('name')}, ${orgText('date')}),` +
      ` \`policies/${org?.sourceFile ?? '?'}\`.`,
    '',
    'Généré par `npm run tables` à partir de la machine et de ses textes français : ne pas modifier à la main.',
    '',
    `| # | Réponses | Verdict | Réponse courte | Sections citées |${withChecklist ? ' Points à prendre en compte |' : ''} Fin |`,
    `|---|---|---|---|---|${withChecklist ? '---|' : ''}---|`,
  ];
  endings.forEach((position, index) => {
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
        ...(withChecklist ? [(meta.checklist ?? []).map(text).join('<br>') || '(aucun)'] : []),
        `\`${position.state}\``,
        '',
      ]
        .join(' | ')
        .trim(),
    );
  });
  return lines.join('\n') + '\n';
}

/**
 * docs/decision-tables/faits-partages.md: per organisation, each fact several scenarios
 * depend on, and the verdicts each of its values leads to in each scenario.
 */
export function sharedFactsPage(scenarios: ScenarioUnderTest[], factsByOrg: Map<string, SharedFact[]>, common: Messages): string {
  const lines = [
    '# Faits partagés / Shared facts',
    '',
    "Les faits dont dépendent plusieurs scénarios d'une même organisation, définis une fois",
    '(`machines/<organisation>/facts.ts`) et posés dans les mêmes mots partout ; pour chaque réponse,',
    "les verdicts qu'elle donne dans chaque scénario (« donné » : le scénario le tient pour acquis).",
    "Une réponse qui « tranche la réponse » décide du verdict, avec les autres réponses qui tranchent sur le même parcours :",
    '`test/scenarios/shared-facts.test.ts` échoue si les mêmes réponses qui tranchent mènent à deux verdicts.',
    '',
    'Généré par `npm run tables` : ne pas modifier à la main.',
  ];
  for (const org of organisations) {
    const facts = factsByOrg.get(org.id) ?? [];
    if (facts.length === 0) continue;
    const own = scenarios.filter((s) => registry.find((e) => e.id === s.id)?.organisation === org.id);
    const paths = factPaths(own);
    const listing = factListing(facts, paths);
    lines.push('', `## ${cell(lookup(common, `org.${org.id}.name`))}`);
    for (const fact of facts) {
      const asker = own.flatMap((s) =>
        Object.values(s.machine.root.states)
          .map((n) => n.meta as QuestionMeta | undefined)
          .filter((m): m is QuestionMeta => m?.kind === 'question' && m.fact === fact.id)
          .map((m) => ({ s, m })),
      )[0];
      const fr = asker?.s.messages.fr ?? {};
      const label = (value: string) => {
        const option = asker?.m.options.find((o) => o.event === value);
        return option ? cell(lookup(fr, option.label)) : `\`${value}\``;
      };
      lines.push('', `### \`${fact.id}\`${asker ? ` : ${cell(lookup(fr, asker.m.question))}` : ''}`, '', '| Réponse | Scénario | Verdicts |', '|---|---|---|');
      for (const value of fact.values) {
        for (const [id, verdicts] of Object.entries(listing[fact.id]?.[value] ?? {})) {
          const asks = own.some((s) => s.id === id && Object.values(s.machine.root.states).some((n) => (n.meta as QuestionMeta | undefined)?.fact === fact.id));
          const given = asks ? '' : ' (donné)';
          const settles = fact.decisive?.includes(value) ? ' — tranche la réponse' : '';
          lines.push(`| ${label(value)} (\`${value}\`)${settles} | \`${id}\`${given} | ${verdicts.map((v) => `\`${v}\``).join(', ')} |`);
        }
      }
    }
  }
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
    '`npm run tables` (`tooling/decision-tables.ts`); do not edit them by hand. A unit test',
    '(`test/docs/decision-tables.test.ts`) fails when a committed table no longer matches the',
    'machines: run `npm run tables` and commit the result with the change that caused it.',
    '',
    'Facts that several scenarios of one organisation depend on, and the verdicts each answer',
    'leads to in each of them: [faits-partages.md](faits-partages.md).',
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
  const factsByOrg = new Map(await Promise.all(organisations.map(async (o) => [o.id, await loadSharedFacts(o.id)] as const)));
  files.set('faits-partages.md', sharedFactsPage(scenarios, factsByOrg, common));
  return files;
}

import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findScenario } from '../../machines/index';
import { endingPaths } from '../engine/paths';
import type { ScenarioMachine } from '../engine/model';
import { walk, type Position } from '../engine/walk';
import type { Language } from '../i18n/languages';
import { scenarioPath, trainerPath } from '../routes';
import { i18nFor } from '../ui/i18nInstances';
import { PageHeading } from '../ui/PageHeading';
import { loadScenario } from '../ui/scenarioCache';
import { DiagramList, DiagramSvg, useDiagram } from './Diagram';
import { DIAGRAM_TEXT } from './layout';
import { fitSheet } from './printFit';
import { printedRows, type PrintedRow } from './printedTable';
import { Facts } from './parts';
import { searchOfSelection } from './selection';

/**
 * One scenario on one printed page: its diagram, its decision table (every path, its
 * verdict and short answer) and the policy's words it rests on. Prerendered: it works, and
 * prints, without script. Each item of the list form links to that step of the guide.
 */
function TableHead() {
  const { t } = useTranslation('common');
  return (
    <thead>
      <tr>
        <th scope="col">#</th>
        <th scope="col">{t('trainer.sheet.situation')}</th>
        <th scope="col">{t('trainer.sheet.verdict')}</th>
        <th scope="col">{t('trainer.sheet.shortAnswer')}</th>
      </tr>
    </thead>
  );
}

function VerdictCell({ verdict, text }: { verdict: string; text: string }) {
  return (
    <td className={`verdict-cell verdict--${verdict}`}>
      <span className="verdict-text">{text}</span>
    </td>
  );
}

export function ScenarioSheet({ lang, id }: { lang: Language; id: string }) {
  const entry = findScenario(id)!;
  const machine = use(loadScenario(entry, i18nFor(lang)));
  return <Sheet lang={lang} id={id} organisation={entry.organisation} machine={machine} />;
}

/** Every path to an ending, in the order of the diagram's answers (depth first). */
function pathsOf(machine: ScenarioMachine) {
  return endingPaths(machine)
    .map((answers) => walk(machine, answers))
    .filter((position): position is Extract<Position, { kind: 'ending' }> => position.kind === 'ending');
}

function Sheet({ lang, id, organisation, machine }: { lang: Language; id: string; organisation: string; machine: ScenarioMachine }) {
  const { t } = useTranslation([id, 'common']);
  const { diagram, placed } = useDiagram(machine, id);
  const title = t('title');
  const paths = pathsOf(machine);
  // The screen's table: one row per path, with its questions. The printed one: the answers only,
  // paths that differ by one answer merged (src/trainer/printedTable.ts).
  const printed = printedRows(paths.map((position) => ({ ending: position.state, steps: position.trail.map((step) => ({ question: step.state, answer: t(step.answer.label) })) })));
  const endingMeta = new Map(paths.map((position) => [position.state, position.meta]));
  // The policy's words, each once, grouped by the section they come from (its caption once).
  const quoteGroups = new Map<string, string[]>();
  for (const position of paths) {
    for (const q of position.meta.quotes) {
      const texts = quoteGroups.get(q.section) ?? [];
      if (![...quoteGroups.values()].some((g) => g.includes(q.text))) texts.push(q.text);
      if (texts.length) quoteGroups.set(q.section, texts);
    }
  }
  const verdictOf = (ending: string) => t(`common:ending.verdict.${endingMeta.get(ending)!.verdict}`);
  // « A, B ou C »: the same words on the server and in every browser (Intl.ListFormat's may differ).
  const alternatives = (answers: string[]) =>
    answers.length === 1 ? answers[0]! : t('common:trainer.sheet.alternatives', { others: answers.slice(0, -1).join(', '), last: answers.at(-1) });
  const pathText = (row: PrintedRow) => row.answers.slice(row.shared).map(alternatives);
  const printedSummary = (row: PrintedRow) => (row.sameAs ? t('common:trainer.sheet.sameAs', { row: row.sameAs }) : t(endingMeta.get(row.ending)!.summary));
  const caption = (section: string) => t('common:ending.quoteSource', { section: t(section) });
  const citation = t('common:ending.citationDocument', {
    policy: t(`common:org.${organisation}.policy`),
    organisation: t(`common:org.${organisation}.name`),
    date: t(`common:org.${organisation}.date`),
  });
  const organisationName = t(`common:org.${organisation}.name`);
  // Printed rows: the answers (those the row above shares as « … »), the verdict, the short answer.
  const printedTexts = printed.map((row) => ({
    answers: (row.shared > 0 ? '… › ' : '') + (pathText(row).join(' › ') || t('common:trainer.facts.none')),
    verdict: verdictOf(row.ending),
    summary: printedSummary(row),
  }));
  const print = fitSheet({
    organisation: organisationName,
    title,
    rows: printedTexts,
    ...(lang !== 'fr' ? { quotesNote: t('common:ending.quotesNote') } : {}),
    quotes: [...quoteGroups].map(([section, texts]) => ({ caption: caption(section), texts })),
    citation,
    headings: {
      diagram: t('common:trainer.diagram.title'),
      table: t('common:trainer.sheet.tableTitle'),
      columns: ['#', t('common:trainer.sheet.situation'), t('common:trainer.sheet.verdict'), t('common:trainer.sheet.shortAnswer')],
      quotes: t('common:ending.quotes'),
    },
    diagram: { width: placed.width, height: placed.height, minFont: Math.min(DIAGRAM_TEXT.question.size, DIAGRAM_TEXT.ending.size, DIAGRAM_TEXT.edge.size) },
  });
  return (
    <div
      className="trainer-wide scenario-sheet"
      data-print-size={Math.round(print.bodyPt * 10)}
      data-print-layout={print.layout}
      data-print-diagram={print.diagramPercent}
      data-print-pages={print.pages}
      data-one-page-size={print.onePagePt === undefined ? undefined : Math.round(print.onePagePt * 10)}
    >
      <p className="caption no-print">
        <Link href={trainerPath(lang)}>{t('common:trainer.home.title')}</Link>
      </p>
      <p className="caption">{organisationName}</p>
      <PageHeading text={title} />
      <ul className="link-list no-print">
        <li>
          <Link href={trainerPath(lang, 'session') + searchOfSelection({ ids: [id], mode: 'presentation' })}>{t('common:trainer.sheet.present')}</Link>
        </li>
        <li>
          <Link href={trainerPath(lang, 'session') + searchOfSelection({ ids: [id], mode: 'quiz' })}>{t('common:trainer.sheet.quiz')}</Link>
        </li>
        <li>
          <Link href={scenarioPath(lang, id)}>{t('common:trainer.sheet.guide')}</Link>
        </li>
      </ul>
      <p className="hint no-print">{t(print.pages === 1 ? 'common:trainer.sheet.printHint' : 'common:trainer.sheet.printHintTwoPages')}</p>
      {print.onePagePt !== undefined && (
        // A checkbox, not a script: the print stylesheet reads it (`:has(:checked)`), so it works without script too.
        <p className="no-print check">
          <input type="checkbox" id="sheet-one-page" />
          <label htmlFor="sheet-one-page">{t('common:trainer.sheet.onePage', { size: print.onePagePt.toLocaleString(lang) })}</label>
        </p>
      )}

      <div className="sheet-body">
        <section className="sheet-part sheet-part--diagram" aria-labelledby="sheet-diagram-title">
          <h2 id="sheet-diagram-title">{t('common:trainer.diagram.title')}</h2>
          <div className="sheet-diagram">
            <DiagramSvg diagram={diagram} placed={placed} title={t('common:trainer.diagram.svgTitle', { title })} />
          </div>
          <details className="diagram-details no-print">
            <summary>{t('common:trainer.diagram.asList')}</summary>
            <DiagramList diagram={diagram} ns={id} action={(answers, text) => <Link href={scenarioPath(lang, id, answers)}>{text}</Link>} />
          </details>
        </section>

        <section className="sheet-part sheet-part--table" aria-labelledby="sheet-table-title">
          <h2 id="sheet-table-title">{t('common:trainer.sheet.tableTitle')}</h2>
          <table className="decision-table decision-table--screen">
            <TableHead />
            <tbody>
              {paths.map((position, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>
                    <Facts ns={id} trail={position.trail} />
                  </td>
                  <VerdictCell verdict={position.meta.verdict} text={verdictOf(position.state)} />
                  <td>{t(position.meta.summary)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* Printed: the answers only (the questions are in the diagram), those the row above shares as « … ». */}
          <table className="decision-table decision-table--print">
            <TableHead />
            <tbody>
              {printed.map((row, i) => (
                <tr key={i} data-paths={row.paths}>
                  <th scope="row">{i + 1}</th>
                  <td className="sheet-path">{printedTexts[i]!.answers}</td>
                  <VerdictCell verdict={endingMeta.get(row.ending)!.verdict} text={printedTexts[i]!.verdict} />
                  <td>{printedTexts[i]!.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="sheet-part sheet-part--quotes" aria-labelledby="sheet-quotes-title" data-print-size={Math.round(print.quotesPt * 10)}>
        <h2 id="sheet-quotes-title">{t('common:ending.quotes')}</h2>
        {lang !== 'fr' && <p className="caption">{t('common:ending.quotesNote')}</p>}
        <div className="sheet-quotes">
          {[...quoteGroups].map(([section, texts]) => (
            <figure key={section} className="policy-quote">
              {texts.map((text) => (
                <blockquote key={text} lang="fr">
                  <p>{text}</p>
                </blockquote>
              ))}
              <figcaption>{caption(section)}</figcaption>
            </figure>
          ))}
        </div>
        <p className="citation">{citation}</p>
      </section>
    </div>
  );
}

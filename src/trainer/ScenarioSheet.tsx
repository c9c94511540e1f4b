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
import { Facts } from './parts';
import { searchOfSelection } from './selection';

/**
 * One scenario on one printed page: its diagram, its decision table (every path, its
 * verdict and short answer) and the policy's words it rests on. Prerendered: it works, and
 * prints, without script. Each item of the list form links to that step of the guide.
 */
export function ScenarioSheet({ lang, id }: { lang: Language; id: string }) {
  const entry = findScenario(id)!;
  const machine = use(loadScenario(entry, i18nFor(lang)));
  return <Sheet lang={lang} id={id} organisation={entry.organisation} machine={machine} />;
}

/** One row of the decision table: a path, where it ends, and what the printed sheet shows of it. */
interface Row {
  answers: string[];
  position: Extract<Position, { kind: 'ending' }>;
  /** How many of its first answers the row above shares (printed once, on the row above). */
  shared: number;
  /** The first row that reaches the same ending, when it is an earlier one (its short answer is not printed twice). */
  sameAs?: number;
}

function tableRows(machine: ScenarioMachine): Row[] {
  const rows: Row[] = [];
  const firstRowOf = new Map<string, number>();
  let previous: string[] = [];
  for (const answers of endingPaths(machine)) {
    const position = walk(machine, answers);
    if (position.kind !== 'ending') continue;
    let shared = 0;
    while (shared < answers.length - 1 && shared < previous.length && answers[shared] === previous[shared]) shared++;
    const first = firstRowOf.get(position.state);
    rows.push({ answers, position, shared, ...(first !== undefined ? { sameAs: first } : {}) });
    if (first === undefined) firstRowOf.set(position.state, rows.length);
    previous = answers;
  }
  return rows;
}

function Sheet({ lang, id, organisation, machine }: { lang: Language; id: string; organisation: string; machine: ScenarioMachine }) {
  const { t } = useTranslation([id, 'common']);
  const { diagram, placed } = useDiagram(machine, id);
  const title = t('title');
  const rows = tableRows(machine);
  // The policy's words, each once, grouped by the section they come from (its caption once).
  const quoteGroups = new Map<string, string[]>();
  for (const row of rows) {
    for (const q of row.position.meta.quotes) {
      const texts = quoteGroups.get(q.section) ?? [];
      if (![...quoteGroups.values()].some((g) => g.includes(q.text))) texts.push(q.text);
      if (texts.length) quoteGroups.set(q.section, texts);
    }
  }
  const verdictOf = (row: Row) => t(`common:ending.verdict.${row.position.meta.verdict}`);
  const pathText = (row: Row) => row.position.trail.slice(row.shared).map((step) => t(step.answer.label));
  const sameAs = (row: Row) => t('common:trainer.sheet.sameAs', { row: row.sameAs });
  const caption = (section: string) => t('common:ending.quoteSource', { section: t(section) });
  const citation = t('common:ending.citationDocument', {
    policy: t(`common:org.${organisation}.policy`),
    organisation: t(`common:org.${organisation}.name`),
    date: t(`common:org.${organisation}.date`),
  });
  const organisationName = t(`common:org.${organisation}.name`);
  const print = fitSheet({
    header: title.length + organisationName.length,
    rows: rows.map((row) => ({
      answers: pathText(row).join(' › ').length + (row.shared ? 4 : 0),
      verdict: verdictOf(row).length,
      summary: (row.sameAs ? sameAs(row) : t(row.position.meta.summary)).length,
    })),
    quotes: [...quoteGroups].map(([section, texts]) => ({ caption: caption(section).length, texts: texts.map((text) => text.length + 4) })),
    citation: citation.length,
    diagram: { width: placed.width, height: placed.height, minFont: Math.min(DIAGRAM_TEXT.question.size, DIAGRAM_TEXT.ending.size, DIAGRAM_TEXT.edge.size) },
  });
  return (
    <div
      className="trainer-wide scenario-sheet"
      data-print-size={Math.round(print.bodyPt * 10)}
      data-print-layout={print.layout}
      data-print-diagram={print.diagramPercent}
      data-print-pages={print.pages}
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
      <p className="hint no-print">{t('common:trainer.sheet.printHint')}</p>

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
          <table className="decision-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('common:trainer.sheet.situation')}</th>
                <th scope="col">{t('common:trainer.sheet.verdict')}</th>
                <th scope="col">{t('common:trainer.sheet.shortAnswer')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>
                    <div className="sheet-screen">
                      <Facts ns={id} trail={row.position.trail} />
                    </div>
                    {/* Printed: the answers only (the questions are in the diagram), those the row above shares as « … ». */}
                    <p className="sheet-print sheet-path">
                      {row.shared > 0 && '… › '}
                      {pathText(row).join(' › ') || t('common:trainer.facts.none')}
                    </p>
                  </td>
                  <td className={`verdict-cell verdict--${row.position.meta.verdict}`}>
                    <span className="verdict-text">{verdictOf(row)}</span>
                  </td>
                  <td>
                    {row.sameAs === undefined ? (
                      t(row.position.meta.summary)
                    ) : (
                      <>
                        <span className="sheet-screen">{t(row.position.meta.summary)}</span>
                        <span className="sheet-print">{sameAs(row)}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="sheet-part sheet-part--quotes" aria-labelledby="sheet-quotes-title">
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

import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'wouter';
import { findScenario } from '../../machines/index';
import type { EndingMeta, ScenarioMachine, Verdict } from '../../engine/model';
import { walkedEndings } from '../../engine/paths';
import type { Language } from '../i18n/languages';
import { scenarioPath, trainerPath } from '../routes';
import { i18nFor } from '../ui/i18nInstances';
import { PageHeading } from '../ui/PageHeading';
import { loadScenario } from '../ui/scenarioCache';
import { DiagramList, DiagramSvg, useDiagram } from './Diagram';
import { DIAGRAM_TEXT } from './layout';
import { fitSheet, type SheetPrint } from './printFit';
import type { SheetContent } from './printLayout';
import { printedRows } from './printedTable';
import { Facts } from './parts';
import { searchOfSelection } from './selection';

function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
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

/**
 * One scenario on one printed page, or on as few as printFit.ts can plan: its diagram, its
 * decision table (every path, its verdict and short answer) and the policy's words it rests
 * on. Prerendered: it works, and prints, without script. Each item of the list form links to
 * that step of the guide.
 */
export function ScenarioSheet({ lang, id }: { lang: Language; id: string }) {
  const entry = findScenario(id)!;
  const machine = use(loadScenario(entry, i18nFor(lang)));
  return <Sheet lang={lang} id={id} organisation={entry.organisation} machine={machine} />;
}

function Sheet({ lang, id, organisation, machine }: { lang: Language; id: string; organisation: string; machine: ScenarioMachine }) {
  const { t } = useTranslation([id, 'common']);
  const { diagram, placed } = useDiagram(machine, id);
  const title = t('title');
  const paths = useMemo(() => walkedEndings(machine), [machine]);
  const { printed, content } = useSheetContent(paths, organisation, lang, t);
  const print = useMemo(
    () => fitSheet({ ...content, diagram: { width: placed.width, height: placed.height, minFont: Math.min(DIAGRAM_TEXT.question.size, DIAGRAM_TEXT.ending.size, DIAGRAM_TEXT.edge.size) } }),
    [content, placed],
  );
  return (
    <div
      className="trainer-wide scenario-sheet"
      data-print-size={Math.round(print.bodyPt * 10)}
      data-print-layout={print.layout}
      data-print-diagram={print.diagramPercent}
      data-print-pages={print.pages}
      data-print-plan={print.plan}
      data-one-page-size={print.onePagePt === undefined ? undefined : Math.round(print.onePagePt * 10)}
    >
      <p className="caption no-print">
        <Link href={trainerPath(lang)}>{t('common:trainer.home.title')}</Link>
      </p>
      <p className="caption">{content.organisation}</p>
      <PageHeading text={title} />
      <SheetLinks lang={lang} id={id} print={print} />

      <div className="sheet-body">
        <section className="sheet-part sheet-part--diagram" aria-labelledby="sheet-diagram-title">
          <h2 id="sheet-diagram-title">{content.headings.diagram}</h2>
          <div className="sheet-diagram">
            <DiagramSvg diagram={diagram} placed={placed} title={t('common:trainer.diagram.svgTitle', { title })} />
          </div>
          <details className="diagram-details no-print">
            <summary>{t('common:trainer.diagram.asList')}</summary>
            <DiagramList diagram={diagram} ns={id} action={(answers, text) => <Link href={scenarioPath(lang, id, answers)}>{text}</Link>} />
          </details>
        </section>
        <SheetTables id={id} paths={paths} printed={printed} content={content} breaks={print.tableBreaks} />
      </div>

      <SheetQuotes content={content} quotesPt={print.quotesPt} pageBreak={print.quotesBreak} />
    </div>
  );
}

type SheetPaths = ReturnType<typeof walkedEndings>;
type PrintedRow = ReturnType<typeof printedRows>[number] & { verdict: Verdict };

/** What the sheet prints, as text: the same object is rendered and measured by the fit (printFit.ts). */
function useSheetContent(paths: SheetPaths, organisation: string, lang: Language, t: TFunction) {
  return useMemo(() => {
    const verdictOf = (meta: EndingMeta) => t(`common:ending.verdict.${meta.verdict}`);
    const endingMeta = new Map(paths.map((position) => [position.state, position.meta]));
    // The printed table: the answers only, paths that differ by one answer merged (printedTable.ts).
    const printed = printedRows(paths.map((position) => ({ ending: position.state, steps: position.trail.map((step) => ({ question: step.state, answer: t(step.answer.label) })) })));
    // « A, B ou C »: the same words on the server and in every browser (Intl.ListFormat's may differ).
    const alternatives = (answers: string[]) =>
      answers.length === 1 ? answers[0]! : t('common:trainer.sheet.alternatives', { others: answers.slice(0, -1).join(', '), last: answers.at(-1) });
    // The policy's words, each once, grouped by the section they come from (its caption once).
    const quoteGroups = new Map<string, string[]>();
    for (const position of paths) {
      for (const q of position.meta.quotes) {
        const texts = quoteGroups.get(q.section) ?? [];
        if (![...quoteGroups.values()].some((g) => g.includes(q.text))) texts.push(q.text);
        if (texts.length) quoteGroups.set(q.section, texts);
      }
    }
    const content: Omit<SheetContent, 'diagram'> = {
      organisation: t(`common:org.${organisation}.name`),
      title: t('title'),
      rows: printed.map((row) => ({
        // The answers the row above shares print as « … » (but at the top of a page: answersInFull).
        answers: (row.shared > 0 ? '… › ' : '') + (row.answers.slice(row.shared).map(alternatives).join(' › ') || t('common:trainer.facts.none')),
        ...(row.shared > 0 ? { answersInFull: row.answers.map(alternatives).join(' › ') } : {}),
        verdict: verdictOf(endingMeta.get(row.ending)!),
        summary: row.sameAs ? t('common:trainer.sheet.sameAs', { row: row.sameAs }) : t(endingMeta.get(row.ending)!.summary),
      })),
      ...(lang !== 'fr' ? { quotesNote: t('common:ending.quotesNote') } : {}),
      quotes: [...quoteGroups].map(([section, texts]) => ({ caption: t('common:ending.quoteSource', { section: t(section) }), texts })),
      citation: t('common:ending.citationDocument', {
        policy: t(`common:org.${organisation}.policy`),
        organisation: t(`common:org.${organisation}.name`),
        date: t(`common:org.${organisation}.date`),
      }),
      headings: {
        diagram: t('common:trainer.diagram.title'),
        table: t('common:trainer.sheet.tableTitle'),
        columns: ['#', t('common:trainer.sheet.situation'), t('common:trainer.sheet.verdict'), t('common:trainer.sheet.shortAnswer')],
        quotes: t('common:ending.quotes'),
      },
    };
    const rows: PrintedRow[] = printed.map((row) => ({ ...row, verdict: endingMeta.get(row.ending)!.verdict }));
    return { printed: rows, content };
    // `t` changes identity with the language.
  }, [paths, organisation, lang, t]);
}

/** The print stylesheet breaks the page before an element with this attribute (printFit.ts plans where). */
const breakBefore = (breaks: boolean) => (breaks ? { 'data-print-break': 'page' } : {});

/** What the page says before printing: on how many pages the sheet prints, and what goes where. */
function printHint(print: SheetPrint, t: TFunction) {
  if (print.plan === 'one-page') return t('trainer.sheet.printHint');
  if (print.plan === 'quotes-apart') return t('trainer.sheet.printHintTwoPages');
  return t('trainer.sheet.printHintTableOver', { count: print.pages });
}

/** Present, quiz, open in the guide; how it prints, and the one-page choice for a sheet of more than one page. */
function SheetLinks({ lang, id, print }: { lang: Language; id: string; print: SheetPrint }) {
  const { t } = useTranslation('common');
  const { onePagePt } = print;
  return (
    <>
      <ul className="link-list no-print">
        <li>
          <Link href={trainerPath(lang, 'session') + searchOfSelection({ ids: [id], mode: 'presentation' })}>{t('trainer.sheet.present')}</Link>
        </li>
        <li>
          <Link href={trainerPath(lang, 'session') + searchOfSelection({ ids: [id], mode: 'quiz' })}>{t('trainer.sheet.quiz')}</Link>
        </li>
        <li>
          <Link href={scenarioPath(lang, id)}>{t('trainer.sheet.guide')}</Link>
        </li>
      </ul>
      <p className="hint no-print">{printHint(print, t)}</p>
      {onePagePt !== undefined && (
        // A checkbox, not a script: the print stylesheet reads it (`:has(:checked)`), so it works without script too.
        <p className="no-print check">
          <input type="checkbox" id="sheet-one-page" />
          <label htmlFor="sheet-one-page">{t('trainer.sheet.onePage', { size: onePagePt.toLocaleString(lang) })}</label>
        </p>
      )}
    </>
  );
}

/** The decision table: on screen one row per path with its questions; printed, the answers only, rows merged. */
function SheetTables({
  id,
  paths,
  printed,
  content,
  breaks,
}: {
  id: string;
  paths: SheetPaths;
  printed: PrintedRow[];
  content: Omit<SheetContent, 'diagram'>;
  /** The printed rows that begin a page (0: the table begins one); the column heads repeat on each. */
  breaks: readonly number[];
}) {
  const { t } = useTranslation([id, 'common']);
  return (
    <section className="sheet-part sheet-part--table" aria-labelledby="sheet-table-title" {...breakBefore(breaks.includes(0))}>
      <h2 id="sheet-table-title">{content.headings.table}</h2>
      <table className="decision-table decision-table--screen">
        <TableHead columns={content.headings.columns} />
        <tbody>
          {paths.map((position, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>
                <Facts ns={id} trail={position.trail} />
              </td>
              <VerdictCell verdict={position.meta.verdict} text={t(`common:ending.verdict.${position.meta.verdict}`)} />
              <td>{t(position.meta.summary)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Printed: the answers only (the questions are in the diagram), those the row above shares as « … ». */}
      <table className="decision-table decision-table--print">
        <TableHead columns={content.headings.columns} />
        <tbody>
          {content.rows.map((row, i) => (
            <tr key={i} data-paths={printed[i]!.paths} {...breakBefore(i > 0 && breaks.includes(i))}>
              <th scope="row">{i + 1}</th>
              <td className="sheet-path">
                {breaks.includes(i) && row.answersInFull !== undefined ? (
                  // At the top of a page the row above is on the page before: its answers in full
                  // (but « … » on one page, when the trainer ticks the one-page choice).
                  <>
                    <span className="sheet-path-full">{row.answersInFull}</span>
                    <span className="sheet-path-short">{row.answers}</span>
                  </>
                ) : (
                  row.answers
                )}
              </td>
              <VerdictCell verdict={printed[i]!.verdict} text={row.verdict} />
              <td>{row.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The policy's words the scenario rests on, grouped by section, and the citation; on a page of their own if the fit says so. */
function SheetQuotes({ content, quotesPt, pageBreak }: { content: Omit<SheetContent, 'diagram'>; quotesPt: number; pageBreak: boolean }) {
  return (
    <section className="sheet-part sheet-part--quotes" aria-labelledby="sheet-quotes-title" data-print-size={Math.round(quotesPt * 10)} {...breakBefore(pageBreak)}>
      <h2 id="sheet-quotes-title">{content.headings.quotes}</h2>
      {content.quotesNote && <p className="caption">{content.quotesNote}</p>}
      <div className="sheet-quotes">
        {content.quotes.map(({ caption, texts }, i) => (
          <figure key={i} className="policy-quote">
            {texts.map((text) => (
              <blockquote key={text} lang="fr">
                <p>{text}</p>
              </blockquote>
            ))}
            <figcaption>{caption}</figcaption>
          </figure>
        ))}
      </div>
      <p className="citation">{content.citation}</p>
    </section>
  );
}

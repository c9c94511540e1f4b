import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findScenario } from '../../machines/index';
import { endingPaths } from '../engine/paths';
import type { ScenarioMachine } from '../engine/model';
import { walk } from '../engine/walk';
import type { Language } from '../i18n/languages';
import { scenarioPath, trainerPath } from '../routes';
import { i18nFor } from '../ui/i18nInstances';
import { PageHeading } from '../ui/PageHeading';
import { loadScenario } from '../ui/scenarioCache';
import { DiagramList, DiagramSvg, useDiagram } from './Diagram';
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

function Sheet({ lang, id, organisation, machine }: { lang: Language; id: string; organisation: string; machine: ScenarioMachine }) {
  const { t } = useTranslation([id, 'common']);
  const { diagram, placed } = useDiagram(machine, id);
  const title = t('title');
  const rows = endingPaths(machine).map((answers) => walk(machine, answers));
  const quotes = new Map<string, string>();
  for (const row of rows) if (row.kind === 'ending') for (const q of row.meta.quotes) quotes.set(q.text, q.section);
  return (
    <div className="trainer-wide scenario-sheet">
      <p className="caption no-print">
        <Link href={trainerPath(lang)}>{t('common:trainer.home.title')}</Link>
      </p>
      <p className="caption">{t(`common:org.${organisation}.name`)}</p>
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

      <h2>{t('common:trainer.diagram.title')}</h2>
      <div className="sheet-diagram">
        <DiagramSvg diagram={diagram} placed={placed} title={t('common:trainer.diagram.svgTitle', { title })} />
      </div>
      <details className="diagram-details no-print">
        <summary>{t('common:trainer.diagram.asList')}</summary>
        <DiagramList diagram={diagram} ns={id} action={(answers, text) => <Link href={scenarioPath(lang, id, answers)}>{text}</Link>} />
      </details>

      <h2>{t('common:trainer.sheet.tableTitle')}</h2>
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
          {rows.map((row, i) =>
            row.kind === 'ending' ? (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>
                  <Facts ns={id} trail={row.trail} />
                </td>
                <td className={`verdict-cell verdict--${row.meta.verdict}`}>
                  <span className="verdict-text">{t(`common:ending.verdict.${row.meta.verdict}`)}</span>
                </td>
                <td>{t(row.meta.summary)}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>

      <h2>{t('common:ending.quotes')}</h2>
      {lang !== 'fr' && <p className="caption">{t('common:ending.quotesNote')}</p>}
      {[...quotes].map(([text, section]) => (
        <figure key={text} className="policy-quote">
          <blockquote lang="fr">
            <p>{text}</p>
          </blockquote>
          <figcaption>{t('common:ending.quoteSource', { section: t(section) })}</figcaption>
        </figure>
      ))}
      <p className="citation">
        {t('common:ending.citationDocument', {
          policy: t(`common:org.${organisation}.policy`),
          organisation: t(`common:org.${organisation}.name`),
          date: t(`common:org.${organisation}.date`),
        })}
      </p>
    </div>
  );
}

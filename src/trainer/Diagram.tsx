import { use, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramOf, diagramTree, litPath, type Diagram, type DiagramTree } from '../../engine/diagram';
import type { ScenarioMachine } from '../../engine/model';
import type { Language } from '../i18n/languages';
import { DIAGRAM_TEXT, type PlacedDiagram, type PlacedEdge } from './layout';
import { loadLayout } from './layouts';

/** The scenario's diagram: its boxes and arrows from the machine, their places as laid out at build time. */
export function useDiagram(machine: ScenarioMachine, ns: string): { diagram: Diagram; placed: PlacedDiagram } {
  const { i18n } = useTranslation();
  const placed = use(loadLayout(i18n.language as Language, ns));
  const diagram = useMemo(() => diagramOf(machine), [machine]);
  return { diagram, placed };
}

const pathData = (edge: PlacedEdge) => edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * The diagram as SVG: questions as boxes, endings as rounded boxes holding their verdict's
 * word, answers as labelled arrows. `answers` lights the path walked so far and marks where
 * it stands; `onJump`, when given, makes a box a click target (the nested list beside it
 * offers the same jumps to the keyboard and to screen readers, so the picture itself is an
 * image for assistive technologies).
 */
export function DiagramSvg({
  diagram,
  placed,
  answers,
  title,
  onJump,
  hiddenEndings,
  hiddenLabel,
}: {
  diagram: Diagram;
  placed: PlacedDiagram;
  answers?: readonly string[];
  title: string;
  onJump?: (answers: string[]) => void;
  /** Endings whose verdict the room must not see yet: their box says `hiddenLabel` instead. */
  hiddenEndings?: ReadonlySet<string>;
  hiddenLabel?: string;
}) {
  const { t } = useTranslation('common');
  const titleId = useId();
  const markerId = `m${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const lit = answers ? litPath(diagram, answers) : undefined;
  const current = lit ? [...lit.nodes].at(-1) : undefined;
  const line = (size: number, lineHeight: number, count: number, i: number) => (i - (count - 1) / 2) * lineHeight + size * 0.35;

  // A diagram larger than its box scrolls: keep the box where the walk stands (or the first
  // question) in view.
  const scroller = useRef<HTMLDivElement>(null);
  const focusNode = current ?? diagram.start;
  useEffect(() => {
    const box = scroller.current;
    const node = focusNode === undefined ? undefined : [...(box?.querySelectorAll('[data-node]') ?? [])].find((g) => g.getAttribute('data-node') === focusNode);
    if (!box || !node) return;
    const n = node.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollLeft += n.left + n.width / 2 - (b.left + b.width / 2);
    box.scrollTop += n.top + n.height / 2 - (b.top + b.height / 2);
  }, [focusNode]);

  return (
    // Focusable, so that a keyboard can scroll a diagram wider than the screen.
    <div className="diagram-scroll" ref={scroller} tabIndex={0} role="group" aria-label={t('trainer.diagram.title')}>
      <svg
        className={`diagram${lit ? ' diagram--walking' : ''}`}
        viewBox={`0 0 ${placed.width} ${placed.height}`}
        width={placed.width}
        height={placed.height}
        role="img"
        aria-labelledby={titleId}
        data-nodes={placed.nodes.length}
        data-edges={placed.edges.length}
      >
        <title id={titleId}>{title}</title>
        <defs>
          <marker
            id={`${markerId}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="14"
            markerHeight="14"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="diagram-arrowhead" />
          </marker>
        </defs>
        {placed.edges.map((edge) => {
          const on = lit?.edges.has(edge.id);
          const { label } = edge;
          const style = DIAGRAM_TEXT.edge;
          return (
            <g key={edge.id} className={`diagram-edge${on ? ' is-lit' : ''}`} data-edge={edge.id}>
              <path d={pathData(edge)} markerEnd={`url(#${markerId}-arrow)`} />
              <rect x={label.x - label.width / 2} y={label.y - label.height / 2} width={label.width} height={label.height} rx="4" className="diagram-edge-label" />
              <text x={label.x} y={label.y} fontSize={style.size} textAnchor="middle">
                {label.lines.map((l, i) => (
                  <tspan key={i} x={label.x} y={label.y + line(style.size, style.lineHeight, label.lines.length, i)}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {placed.nodes.map((node) => {
          const style = node.kind === 'question' ? DIAGRAM_TEXT.question : DIAGRAM_TEXT.ending;
          const classes = [
            'diagram-node',
            `diagram-node--${node.kind}`,
            node.verdict ? `verdict--${node.verdict}` : '',
            lit?.nodes.has(node.id) ? 'is-lit' : '',
            current === node.id ? 'is-current' : '',
            onJump && diagram.pathTo[node.id] ? 'is-clickable' : '',
          ];
          const to = diagram.pathTo[node.id];
          const hidden = hiddenEndings?.has(node.id) && hiddenLabel !== undefined;
          const lines = hidden ? [hiddenLabel] : node.lines;
          if (hidden) classes.push('is-hidden');
          return (
            <g
              key={node.id}
              className={classes.filter(Boolean).join(' ')}
              data-node={node.id}
              onClick={onJump && to ? () => onJump(to) : undefined}
            >
              <rect
                x={node.x - node.width / 2}
                y={node.y - node.height / 2}
                width={node.width}
                height={node.height}
                rx={node.kind === 'ending' ? node.height / 2 : 4}
              />
              <text x={node.x} y={node.y} fontSize={style.size} textAnchor="middle">
                {lines.map((l, i) => (
                  <tspan key={i} x={node.x} y={node.y + line(style.size, style.lineHeight, lines.length, i)}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/**
 * The same graph as a nested list: each question, its answers, and what each leads to, down
 * to the endings with their verdict and short answer. A node already shown higher on the
 * same branch is never repeated (flows have no loops). `action` makes each item a link or a
 * button (jump there).
 */
export function DiagramList({
  diagram,
  ns,
  answers,
  action,
  hiddenEndings,
}: {
  diagram: Diagram;
  ns: string;
  answers?: readonly string[];
  /** Endings whose verdict and answer are not shown yet. */
  hiddenEndings?: ReadonlySet<string>;
  action?: (answers: string[], text: ReactNode, current: boolean) => ReactNode;
}) {
  const { t } = useTranslation([ns, 'common']);
  const tree = diagramTree(diagram);
  if (!tree) return null;
  const here = answers?.join('/');
  const item = (subtree: DiagramTree): ReactNode => {
    const { node } = subtree;
    const text =
      node.kind === 'question' ? (
        <>
          <span className="diagram-list-kind">{t('common:trainer.diagram.question')}</span> {t(node.label, { ns })}
        </>
      ) : hiddenEndings?.has(node.id) ? (
        <>
          <span className="diagram-list-kind">{t('common:trainer.diagram.ending')}</span> {t('common:trainer.diagram.hiddenInList')}
        </>
      ) : (
        <>
          <span className="diagram-list-kind">{t('common:trainer.diagram.ending')}</span> <strong>{t(`common:ending.verdict.${node.verdict}`)}</strong> —{' '}
          {t(node.summary, { ns })}
        </>
      );
    const isHere = here !== undefined && subtree.answers.join('/') === here;
    return (
      <>
        {action ? action(subtree.answers, text, isHere) : text}
        {subtree.children.length > 0 && (
          <ul>
            {subtree.children.map(({ edge, subtree: child }) => (
              <li key={edge.id}>
                <span className="diagram-list-answer">{t('common:trainer.diagram.ifAnswer', { answer: t(edge.label, { ns }) })}</span> {item(child)}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  };
  return (
    <ul className="diagram-list">
      <li>{item(tree)}</li>
    </ul>
  );
}

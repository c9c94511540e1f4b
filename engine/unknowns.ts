import { initialStateOf, transitionsOf } from './graph';
import type { ScenarioMachine, StepMeta, Verdict } from './model';

/** The answer event of « Je ne sais pas » (and its variants) in every scenario. */
export const UNKNOWN_ANSWER = 'pas-sur';

/** A « Je ne sais pas » that ends short of an answer a later question would give, or says « Oui » where an answer would say « Non ». */
export interface UnsettledUnknown {
  /** The answers that lead to the question, then the question's state. */
  answersBefore: string[];
  question: string;
  /** The later question (its shared fact, else its state) and answer that settle the verdict whatever the unknown fact is, or none when no answer to the question matters. */
  settledBy?: { question: string; answer: string };
  verdict: Verdict;
  /** Set when the « Je ne sais pas » branch itself says « Oui » (this verdict) where a known answer says « Non ». */
  overreach?: { verdict: Verdict; answer: string; later: string[] };
}

interface Leaf {
  /** Later question (its shared fact, else its state) → answer given, on the way from the question to this ending. */
  later: Map<string, string>;
  verdict: Verdict;
}

function leaves(machine: ScenarioMachine, state: string, later: Map<string, string>, seen: Set<string>): Leaf[] {
  const node = machine.root.states[state];
  if (!node || seen.has(state)) return [];
  const meta = node.meta as StepMeta | undefined;
  if (node.type === 'final') return meta?.kind === 'ending' ? [{ later, verdict: meta.verdict }] : [];
  if (meta?.kind !== 'question') return [];
  const out: Leaf[] = [];
  for (const option of meta.options) {
    const target = transitionsOf(machine, state).get(option.event);
    if (target) out.push(...leaves(machine, target, new Map(later).set(meta.fact ?? state, option.event), new Set(seen).add(state)));
  }
  return out;
}

const compatible = (leaf: Leaf, question: string, answer: string) => !leaf.later.has(question) || leaf.later.get(question) === answer;

/** The one verdict all these leaves share, if they share one. */
function single(list: Leaf[]): Verdict | undefined {
  const verdicts = new Set(list.map((l) => l.verdict));
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}

/**
 * Every « Je ne sais pas » branch whose walk does not reach the answer that one later answer
 * (or none) would give whatever the unknown fact is: for each value the user could have
 * known, every way on that agrees with that later answer ends on the same verdict, while the
 * « Je ne sais pas » branch does not. The flow should ask the settling fact first.
 */
export function unsettledUnknowns(machine: ScenarioMachine): UnsettledUnknown[] {
  const start = initialStateOf(machine);
  if (!start) return [];
  const found: UnsettledUnknown[] = [];
  const visit = (state: string, answers: string[], seen: Set<string>) => {
    const node = machine.root.states[state];
    const meta = node?.meta as StepMeta | undefined;
    if (!node || node.type === 'final' || meta?.kind !== 'question' || seen.has(state)) return;
    const transitions = transitionsOf(machine, state);
    const branch = (event: string) => {
      const target = transitions.get(event);
      return target ? leaves(machine, target, new Map(), new Set(seen).add(state)) : [];
    };
    if (meta.options.some((o) => o.event === UNKNOWN_ANSWER)) {
      const unknown = branch(UNKNOWN_ANSWER);
      const known = meta.options.filter((o) => o.event !== UNKNOWN_ANSWER).map((o) => branch(o.event));
      const candidates: (UnsettledUnknown['settledBy'] | undefined)[] = [undefined];
      for (const leaf of known.flat()) for (const [q, a] of leaf.later) candidates.push({ question: q, answer: a });
      const reported = new Set<string>();
      for (const c of candidates) {
        const agree = (list: Leaf[]) => (c ? list.filter((l) => compatible(l, c.question, c.answer)) : list);
        const perValue = known.map(agree);
        if (perValue.some((l) => l.length === 0)) continue;
        const verdict = single(perValue.flat());
        if (!verdict) continue;
        const unknownAgreeing = agree(unknown);
        if (unknownAgreeing.length > 0 && single(unknownAgreeing) === verdict) continue;
        const key = c ? `${c.question}=${c.answer}` : '';
        if (reported.has(key)) continue;
        reported.add(key);
        found.push({ answersBefore: answers, question: state, ...(c ? { settledBy: c } : {}), verdict });
      }
      // Never « Oui » after « Je ne sais pas » where knowing would have said « Non »: the guide
      // would be deciding the unknown fact. (The other way, a policy can make doubt a « Non ».)
      const agrees = (a: Leaf, b: Leaf) => [...a.later].every(([q, v]) => !b.later.has(q) || b.later.get(q) === v);
      for (const u of unknown.filter((l) => l.verdict === 'allowed' || l.verdict === 'allowed-if')) {
        meta.options.forEach((o, i) => {
          if (o.event === UNKNOWN_ANSWER) return;
          const no = known[meta.options.filter((x) => x.event !== UNKNOWN_ANSWER).indexOf(o)]?.find((k) => k.verdict === 'not-allowed' && agrees(u, k));
          if (!no || i < 0) return;
          const key = `over:${o.event}:${[...u.later].map(([q, v]) => `${q}=${v}`).join(',')}`;
          if (reported.has(key)) return;
          reported.add(key);
          found.push({ answersBefore: answers, question: state, verdict: no.verdict, overreach: { verdict: u.verdict, answer: o.event, later: [...u.later].map(([q, v]) => `${q}=${v}`) } });
        });
      }
    }
    for (const option of meta.options) {
      const target = transitions.get(option.event);
      if (target) visit(target, [...answers, option.event], new Set(seen).add(state));
    }
  };
  visit(start, [], new Set());
  return found;
}

export function formatUnsettled(id: string, u: UnsettledUnknown): string {
  const where = `${id} / ${u.question}${u.answersBefore.length ? ` (after ${u.answersBefore.join(' → ')})` : ''}`;
  if (u.overreach)
    return `${where}: « Je ne sais pas » then ${u.overreach.later.join(' → ') || 'nothing else'} ends on ${u.overreach.verdict}, but « ${u.overreach.answer} » with the same later answers ends on ${u.verdict}: doubt must not give « Oui » where knowing gives « Non »`;
  return u.settledBy
    ? `${where}: « Je ne sais pas » stops short, but when ${u.settledBy.question} = ${u.settledBy.answer} every answer here ends on ${u.verdict}: ask ${u.settledBy.question} first`
    : `${where}: « Je ne sais pas » stops short, but every answer here ends on ${u.verdict}`;
}

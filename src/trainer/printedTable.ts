/**
 * The decision table as the printed sheet shows it: the answers only (the questions are in the
 * diagram), and paths that reach the same ending by the same answers but one, given to the same
 * question, on one row (« Ministre, ou Membre du personnel du bureau du ministre › … »). A
 * scenario that asks the role first and then the same things of each role prints each case
 * once instead of once per role. Nothing is dropped: every path is on exactly one row.
 */

/** One path: the ending it reaches and, at each step, the question asked and the answer's text. */
export interface PathToEnding {
  ending: string;
  steps: { question: string; answer: string }[];
}

export interface PrintedRow {
  ending: string;
  /** At each step, the answers this row stands for (more than one at one step at most). */
  answers: string[][];
  /** How many paths the row stands for. */
  paths: number;
  /** How many of its first steps the row above shows the same (printed once, on the row above). */
  shared: number;
  /** The number (from 1) of the first row that reaches the same ending, when it is an earlier one. */
  sameAs?: number;
}

interface Draft {
  ending: string;
  questions: string[];
  answers: string[][];
  /** The step whose answers may differ (set on the first merge). */
  open?: number;
  paths: number;
}

/** The one step at which `path` differs from `row`, if it differs at exactly one and may merge there. */
function mergeStep(row: Draft, path: PathToEnding): number | undefined {
  if (row.ending !== path.ending || row.answers.length !== path.steps.length) return undefined;
  let differing: number | undefined;
  for (const [i, step] of path.steps.entries()) {
    const same = row.open === i ? row.answers[i]!.includes(step.answer) : row.answers[i]![0] === step.answer;
    if (same) continue;
    if (differing !== undefined) return undefined;
    differing = i;
  }
  if (differing === undefined) return undefined; // the same answers twice: not a path of a valid machine
  if (row.open !== undefined && row.open !== differing) return undefined;
  return row.questions[differing] === path.steps[differing]!.question ? differing : undefined;
}

export function printedRows(paths: readonly PathToEnding[]): PrintedRow[] {
  const drafts: Draft[] = [];
  for (const path of paths) {
    const into = drafts.find((row) => mergeStep(row, path) !== undefined);
    if (into) {
      const step = mergeStep(into, path)!;
      into.open = step;
      into.answers[step]!.push(path.steps[step]!.answer);
      into.paths++;
    } else {
      drafts.push({ ending: path.ending, questions: path.steps.map((s) => s.question), answers: path.steps.map((s) => [s.answer]), paths: 1 });
    }
  }
  const firstRowOf = new Map<string, number>();
  let previous: string[][] = [];
  return drafts.map((row, index) => {
    let shared = 0;
    const same = (i: number) => row.answers[i]!.join('\u0000') === previous[i]?.join('\u0000');
    while (shared < row.answers.length - 1 && shared < previous.length && same(shared)) shared++;
    previous = row.answers;
    const first = firstRowOf.get(row.ending);
    if (first === undefined) firstRowOf.set(row.ending, index + 1);
    return { ending: row.ending, answers: row.answers, paths: row.paths, shared, ...(first !== undefined ? { sameAs: first } : {}) };
  });
}

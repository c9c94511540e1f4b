/**
 * The decision table as the printed sheet shows it: the answers only (the questions are in the
 * diagram), and rows that reach the same ending by the same answers but one, given to the same
 * question, on one row (« Ministre ou Membre du personnel du bureau du ministre › … »), until no
 * two rows can be. A scenario that asks the role first and then the same things of each role
 * prints each case once instead of once per role. Nothing is dropped: every path is on exactly
 * one row, and each row stands for every combination of its answers, each a path.
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
  /** At each step, the question asked (null where the paths merged here ask different ones). */
  questions: (string | null)[];
  answers: string[][];
  paths: number;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The one step at which two rows differ, if they may become one: the same ending, the same
 * answers at every other step, and at that step the same question. Each row stands for every
 * combination of its answers, so the two together still do.
 */
function mergeStep(a: Draft, b: Draft): number | undefined {
  if (a.ending !== b.ending || a.answers.length !== b.answers.length) return undefined;
  const differing = a.answers.flatMap((answers, i) => (sameSet(answers, b.answers[i]!) ? [] : [i]));
  if (differing.length !== 1) return undefined;
  const [step] = differing as [number];
  return a.questions[step] !== null && a.questions[step] === b.questions[step] ? step : undefined;
}

export function printedRows(paths: readonly PathToEnding[]): PrintedRow[] {
  const drafts: Draft[] = paths.map((path) => ({
    ending: path.ending,
    questions: path.steps.map((s) => s.question),
    answers: path.steps.map((s) => [s.answer]),
    paths: 1,
  }));
  // Merge pairs until none can be, each into the earlier row (which keeps its place).
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < drafts.length && !merged; i++) {
      for (let j = i + 1; j < drafts.length && !merged; j++) {
        const [into, from] = [drafts[i]!, drafts[j]!];
        const step = mergeStep(into, from);
        if (step === undefined) continue;
        into.answers[step] = [...into.answers[step]!, ...from.answers[step]!];
        into.questions = into.questions.map((question, k) => (question === from.questions[k] ? question : null));
        into.paths += from.paths;
        drafts.splice(j, 1);
        merged = true;
      }
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

// Validates every scenario of the registry; prints `scenario-id / state: what is wrong`.
// Also walks every « Je ne sais pas » branch: one that ends short of the verdict a later
// answer would give whatever the unknown fact is (ask the settling fact first) is a problem.
import { formatUnsettled, unsettledUnknowns } from '../engine/unknowns';
import { formatProblem, validateScenario } from '../engine/validate';
import { loadAllScenarios } from '../tooling/load-scenarios';

const all = await loadAllScenarios();
const problems = [
  ...all.flatMap(validateScenario).map(formatProblem),
  ...all.flatMap((s) => unsettledUnknowns(s.machine).map((u) => formatUnsettled(s.id, u))),
];
for (const p of problems) console.log(p);
console.log(problems.length === 0 ? `${all.length} scenarios checked: no problem.` : `${problems.length} problem(s).`);
process.exit(problems.length === 0 ? 0 : 1);

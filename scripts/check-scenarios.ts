// Validates every scenario of the registry; prints `scenario-id / state: what is wrong`.
import { formatProblem, validateScenario } from '../src/engine/validate';
import { loadAllScenarios } from './load-scenarios';

const all = await loadAllScenarios();
const problems = all.flatMap(validateScenario);
for (const p of problems) console.log(formatProblem(p));
console.log(problems.length === 0 ? `${all.length} scenarios checked: no problem.` : `${problems.length} problem(s).`);
process.exit(problems.length === 0 ? 0 : 1);

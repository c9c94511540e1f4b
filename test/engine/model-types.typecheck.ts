// Compile-time checks, run by `tsc --noEmit` (the first step of `npm test`), not by Vitest:
// each @ts-expect-error must meet a type error, so tsc fails the day a meta missing a field
// type-checks. (There is nothing to assert at run time: these values are never used.)
import { ending, scenarioSetup, type EndingMeta } from '../../engine/model';

const quotes: [{ section: string; text: string }] = [{ section: 's', text: 'q' }];

// @ts-expect-error: no contact
export const noContact = () => ending('x', { verdict: 'allowed', document: 'eq', sections: ['s'], quotes });
// @ts-expect-error: no sections to cite
export const noCitation = () => ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', quotes });
// @ts-expect-error: not one of the seven verdicts
export const badVerdict = () => ending('x', { verdict: 'maybe', contact: 'c', document: 'eq', sections: ['s'], quotes });
// @ts-expect-error: no quotes of the policy
export const noQuotes = () => ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', sections: ['s'] });
// @ts-expect-error: at least one quote
export const emptyQuotes = () => ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', sections: ['s'], quotes: [] });

const { summary: _summary, ...withoutSummary } = ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', sections: ['s'], quotes });
// @ts-expect-error: no summary (the short answer under the verdict)
export const noSummary: EndingMeta = withoutSummary;

export const halfQuestion = () =>
  scenarioSetup.createMachine({
    initial: 'a',
    states: {
      // @ts-expect-error: a question needs its options
      a: { meta: { kind: 'question', question: 'a.question' } },
      b: { type: 'final', meta: ending('b', { verdict: 'ask', contact: 'c', document: 'eq', sections: ['s'], quotes }) },
    },
  });

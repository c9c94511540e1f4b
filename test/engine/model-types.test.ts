// These checks run at compile time (`tsc --noEmit` in `npm test`): each @ts-expect-error
// must meet an error, so a meta missing a field cannot type-check.
import { describe, expect, it } from 'vitest';
import { ending, question, scenarioSetup, type EndingMeta } from '../../src/engine/model';

describe('typed meta', () => {
  it('rejects an ending without a contact, a citation, or with an unknown verdict', () => {
    // @ts-expect-error: no contact
    const noContact = () => ending('x', { verdict: 'allowed', document: 'eq', sections: ['s'], quotes: [{ section: 's', text: 'q' }] });
    // @ts-expect-error: no sections to cite
    const noCitation = () => ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', quotes: [{ section: 's', text: 'q' }] });
    // @ts-expect-error: not one of the seven verdicts
    const badVerdict = () => ending('x', { verdict: 'maybe', contact: 'c', document: 'eq', sections: ['s'], quotes: [{ section: 's', text: 'q' }] });
    expect([noContact, noCitation, badVerdict].every((f) => typeof f === 'function')).toBe(true);
  });

  it('rejects an ending without a quote of the policy, and an ending meta without a short answer', () => {
    // @ts-expect-error: no quotes
    const noQuotes = () => ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', sections: ['s'] });
    // @ts-expect-error: at least one quote
    const emptyQuotes = () => ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', sections: ['s'], quotes: [] });
    const { summary, ...withoutSummary } = ending('x', { verdict: 'allowed', contact: 'c', document: 'eq', sections: ['s'], quotes: [{ section: 's', text: 'q' }] });
    // @ts-expect-error: no summary (the short answer under the verdict)
    const noSummary: EndingMeta = withoutSummary;
    expect(summary).toBe('x.summary');
    expect([noQuotes, emptyQuotes, noSummary].every(Boolean)).toBe(true);
  });

  it('rejects a state meta that is neither a full question nor a full ending', () => {
    const build = () =>
      scenarioSetup.createMachine({
        initial: 'a',
        states: {
          // @ts-expect-error: a question needs its options
          a: { meta: { kind: 'question', question: 'a.question' } },
          b: { type: 'final', meta: ending('b', { verdict: 'ask', contact: 'c', document: 'eq', sections: ['s'], quotes: [{ section: 's', text: 'q' }] }) },
        },
      });
    expect(typeof build).toBe('function');
    expect(question('q', ['a', 'b']).options).toHaveLength(2);
  });
});

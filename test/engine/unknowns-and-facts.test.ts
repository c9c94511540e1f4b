import { describe, expect, it } from 'vitest';
import { sharedFactProblems } from '../../engine/facts';
import { ending, factQuestion, question, scenarioSetup, sharedFact, type Verdict } from '../../engine/model';
import { unsettledUnknowns } from '../../engine/unknowns';

const end = (state: string, verdict: Verdict, text = 'Rule.') =>
  ({ type: 'final' as const, meta: ending(state, { verdict, contact: 'boss', document: 'org', sections: ['s'], quotes: [{ section: 's', text }] }) });

/** « Partisan? » first, then « only on the minister's accounts? », which answers Non whatever the content is. */
const partisanFirst = scenarioSetup.createMachine({
  id: 'partisan-first',
  initial: 'partisan',
  states: {
    partisan: { meta: question('partisan', ['oui', 'non', 'pas-sur']), on: { oui: 'partisanNon', non: 'seulement', 'pas-sur': 'partisanAVerifier' } },
    seulement: { meta: question('seulement', ['oui', 'non']), on: { oui: 'seulementNon', non: 'oui' } },
    partisanNon: end('partisanNon', 'not-allowed'),
    seulementNon: end('seulementNon', 'not-allowed'),
    oui: end('oui', 'allowed'),
    partisanAVerifier: end('partisanAVerifier', 'ask'),
  },
});

/** The same facts, the settling one asked first: « Je ne sais pas » is then right. */
const settlingFirst = scenarioSetup.createMachine({
  id: 'settling-first',
  initial: 'seulement',
  states: {
    seulement: { meta: question('seulement', ['oui', 'non']), on: { oui: 'seulementNon', non: 'partisan' } },
    partisan: { meta: question('partisan', ['oui', 'non', 'pas-sur']), on: { oui: 'partisanNon', non: 'oui', 'pas-sur': 'partisanAVerifier' } },
    partisanNon: end('partisanNon', 'not-allowed'),
    seulementNon: end('seulementNon', 'not-allowed'),
    oui: end('oui', 'allowed'),
    partisanAVerifier: end('partisanAVerifier', 'ask'),
  },
});

describe('« Je ne sais pas » check', () => {
  it('reports an ask that a later answer would settle, naming that answer', () => {
    expect(unsettledUnknowns(partisanFirst)).toEqual([
      { answersBefore: [], question: 'partisan', settledBy: { question: 'seulement', answer: 'oui' }, verdict: 'not-allowed' },
    ]);
  });
  it('accepts the same facts asked in the settling order', () => {
    expect(unsettledUnknowns(settlingFirst)).toEqual([]);
  });
  it('reports a « Je ne sais pas » that ends on « Oui » where an answer would end on « Non »', () => {
    const overreach = scenarioSetup.createMachine({
      id: 'overreach',
      initial: 'neutral',
      states: {
        neutral: { meta: question('neutral', ['oui', 'non', 'pas-sur']), on: { oui: 'urgent', non: 'no', 'pas-sur': 'urgentDoubt' } },
        urgent: { meta: question('urgent', ['oui', 'non']), on: { oui: 'post', non: 'post' } },
        urgentDoubt: { meta: question('urgentDoubt', ['oui', 'non']), on: { oui: 'post', non: 'unclear' } },
        post: end('post', 'allowed-if'),
        no: end('no', 'not-allowed'),
        unclear: end('unclear', 'ask'),
      },
    });
    const found = unsettledUnknowns(overreach);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ question: 'neutral', verdict: 'not-allowed', overreach: { verdict: 'allowed-if', answer: 'non', later: ['urgentDoubt=oui'] } });
  });
});

const cap = sharedFact({ id: 'org.cap', values: ['oui', 'non'], restsOn: ['at most twice a day.'], decisive: ['oui'] });

const asksCap = scenarioSetup.createMachine({
  id: 'asks-cap',
  initial: 'cap',
  states: {
    cap: { meta: factQuestion('cap', cap), on: { oui: 'notToday', non: 'post' } },
    notToday: end('notToday', 'not-allowed', 'We post at most twice a day.'),
    post: end('post', 'allowed', 'We post at most twice a day.'),
  },
});

const leavesCapToUser = scenarioSetup.createMachine({
  id: 'leaves-cap',
  initial: 'partner',
  states: {
    partner: { meta: question('partner', ['oui', 'non']), on: { oui: 'postIf', non: 'no' } },
    postIf: end('postIf', 'allowed-if', 'We post at most twice a day.'),
    no: end('no', 'not-allowed'),
  },
});

const givesCapOtherwise = scenarioSetup.createMachine({
  id: 'gives-cap',
  initial: 'post',
  states: {
    post: { type: 'final', meta: ending('post', { verdict: 'allowed', contact: 'boss', document: 'org', sections: ['s'], quotes: [{ section: 's', text: 'Rule.' }], given: [[cap, 'oui']] }) },
  },
});

describe('shared facts check', () => {
  it('reports an ending that quotes the rule a fact rests on without settling the fact', () => {
    const problems = sharedFactProblems([cap], [
      { id: 'asks-cap', machine: asksCap },
      { id: 'leaves-cap', machine: leavesCapToUser },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^leaves-cap \/ postIf \(oui\): quotes the rule "org.cap" rests on/);
  });
  it('reports two scenarios drawing different verdicts from the same value', () => {
    const problems = sharedFactProblems([cap], [
      { id: 'asks-cap', machine: asksCap },
      { id: 'gives-cap', machine: givesCapOtherwise },
    ]);
    expect(problems).toEqual(['org.cap=oui settles the answer, yet leads to allowed (gives-cap / post) and to not-allowed (asks-cap / notToday)']);
  });
  it('reports a question that asks the fact with other answers', () => {
    const other = scenarioSetup.createMachine({
      id: 'other',
      initial: 'cap',
      states: { cap: { meta: { ...question('cap', ['yes', 'no']), fact: 'org.cap' }, on: { yes: 'a', no: 'b' } }, a: end('a', 'allowed'), b: end('b', 'allowed') },
    });
    expect(sharedFactProblems([cap], [{ id: 'other', machine: other }]).join('\n')).toMatch(/asks "org.cap" with other answers/);
  });
  it('compares only the settling values: a fact that settles nothing alone draws no contradiction', () => {
    const role = sharedFact({ id: 'org.role', values: ['a', 'b'], restsOn: [] });
    const asksRole = (id: string, verdict: Verdict) =>
      scenarioSetup.createMachine({ id, initial: 'role', states: { role: { meta: factQuestion('role', role), on: { a: 'x', b: 'x' } }, x: end('x', verdict) } });
    expect(sharedFactProblems([role], [{ id: 'one', machine: asksRole('one', 'not-allowed') }, { id: 'two', machine: asksRole('two', 'recommended') }])).toEqual([]);
  });
  it('compares the facts a settling value decides with, and a path that leaves one open answers for all its values', () => {
    const kind = sharedFact({ id: 'org.kind', values: ['ours', 'prepared'], restsOn: [] });
    const later = sharedFact({ id: 'org.later', values: ['oui', 'non'], restsOn: [], decisive: ['oui'], settlesWith: ['org.kind'] });
    const given = (id: string, verdict: Verdict, facts: [typeof kind, string][]) =>
      scenarioSetup.createMachine({
        id,
        initial: 'x',
        states: { x: { type: 'final', meta: ending('x', { verdict, contact: 'boss', document: 'org', sections: ['s'], quotes: [{ section: 's', text: 'Rule.' }], given: facts }) } },
      });
    const ours = { id: 'ours', machine: given('ours', 'allowed', [[later, 'oui'], [kind, 'ours']]) };
    const prepared = { id: 'prepared', machine: given('prepared', 'ask', [[later, 'oui'], [kind, 'prepared']]) };
    const anyKind = { id: 'any', machine: given('any', 'allowed', [[later, 'oui']]) };
    expect(sharedFactProblems([kind, later], [ours, prepared])).toEqual([]);
    expect(sharedFactProblems([kind, later], [ours, prepared, anyKind])).toEqual([
      'org.later=oui (with org.kind=prepared) settles the answer, yet leads to allowed (any / x) and to ask (prepared / x)',
    ]);
  });
  it('passes scenarios that agree', () => {
    expect(sharedFactProblems([cap], [{ id: 'asks-cap', machine: asksCap }])).toEqual([]);
  });
});

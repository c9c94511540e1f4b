import { describe, expect, it } from 'vitest';
import { ending, question, scenarioSetup } from '../../engine/model';
import { formatProblem, validateScenario } from '../../engine/validate';
import { fixture, validMessages } from './fixtures';

const messages = (problems: ReturnType<typeof validateScenario>) => problems.map(formatProblem);
const end = (state: string, verdict: 'allowed' | 'ask' = 'allowed') => ({
  type: 'final' as const,
  meta: ending(state, { verdict, contact: 'boss', document: 'org', sections: ['s1'], quotes: [{ section: 's1', text: 'Rule one.' }] }),
});

describe('validateScenario', () => {
  it('accepts a complete scenario', () => {
    expect(validateScenario(fixture())).toEqual([]);
  });

  it('reports a question with fewer than two options', () => {
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: { first: { meta: question('first', ['yes']), on: { yes: 'refused' } }, refused: end('refused') },
    });
    expect(messages(validateScenario(fixture(machine)))).toContain('fixture / first: question has 1 option(s); at least 2 are needed');
  });

  it('reports a non-final state without a question', () => {
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: { first: { on: { yes: 'refused', no: 'refused' } }, refused: end('refused') },
    });
    expect(messages(validateScenario(fixture(machine)))).toContain('fixture / first: state is neither a final ending nor a question');
  });

  it('reports a final state without an ending, and an ending missing a field', () => {
    const broken = ending('refused', { verdict: 'allowed', contact: 'boss', document: 'org', sections: ['s1'], quotes: [{ section: 's1', text: 'Rule one.' }] });
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['yes', 'no']), on: { yes: 'refused', no: 'bare' } },
        refused: { type: 'final', meta: { ...broken, reason: '' } },
        bare: { type: 'final' },
      },
    });
    const found = messages(validateScenario(fixture(machine)));
    expect(found).toContain('fixture / refused: ending has no reason');
    expect(found).toContain('fixture / bare: final state has no ending in its meta');
  });

  it('reports an unknown verdict, a contact the organisation lacks, a citation without section or of another document', () => {
    const base = ending('refused', { verdict: 'allowed', contact: 'boss', document: 'org', sections: ['s1'], quotes: [{ section: 's1', text: 'Rule one.' }] });
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['yes', 'no']), on: { yes: 'refused', no: 'granted' } },
        // @ts-expect-error: the type forbids a verdict outside the seven; the validator must also catch it
        refused: { type: 'final', meta: { ...base, verdict: 'maybe', contact: 'nobody' } },
        granted: { type: 'final', meta: { ...base, citation: { document: 'other', sections: [] } } },
      },
    });
    const found = messages(validateScenario(fixture(machine)));
    expect(found).toContain('fixture / refused: unknown verdict "maybe"');
    expect(found).toContain('fixture / refused: contact "nobody" is not one of the organisation\'s contacts');
    expect(found).toContain('fixture / granted: ending cites no section');
  });

  it('reports an ending without a summary, without a quote, or quoting a section it does not cite', () => {
    const base = ending('refused', { verdict: 'allowed', contact: 'boss', document: 'org', sections: ['s1'], quotes: [{ section: 's1', text: 'Rule one.' }] });
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['yes', 'no']), on: { yes: 'refused', no: 'granted' } },
        // @ts-expect-error: the type requires at least one quote; the validator must also catch it
        refused: { type: 'final', meta: { ...base, summary: '', quotes: [] } },
        granted: { type: 'final', meta: { ...base, quotes: [{ section: 'sections.s2', text: ' ' }] } },
      },
    });
    const found = messages(validateScenario(fixture(machine)));
    expect(found).toContain('fixture / refused: ending has no summary');
    expect(found).toContain("fixture / refused: ending quotes none of the policy's own words");
    expect(found).toContain('fixture / granted: quote from "sections.s2" is empty');
    expect(found).toContain('fixture / granted: quote from "sections.s2", a section the ending does not cite');
  });

  it('reports an option without a transition and a transition without an option', () => {
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['yes', 'no']), on: { yes: 'refused', other: 'refused' } },
        refused: end('refused'),
      },
    });
    const found = messages(validateScenario(fixture(machine)));
    expect(found).toContain('fixture / first: option "no" has no transition');
    expect(found).toContain('fixture / first: transition "other" is not offered as an option');
  });

  it('reports an unreachable state', () => {
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['yes', 'no']), on: { yes: 'refused', no: 'refused' } },
        refused: end('refused'),
        orphan: end('unclear', 'ask'),
      },
    });
    expect(messages(validateScenario(fixture(machine)))).toContain('fixture / orphan: state is unreachable from the start');
  });

  it('reports states from which no ending can be reached (a loop)', () => {
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['yes', 'no']), on: { yes: 'second', no: 'refused' } },
        second: { meta: question('second', ['yes', 'no']), on: { yes: 'third', no: 'third' } },
        third: { meta: question('second', ['yes', 'no']), on: { yes: 'second', no: 'second' } },
        refused: end('refused'),
      },
    });
    const found = messages(validateScenario(fixture(machine)));
    expect(found).toContain('fixture / second: no path from this state reaches an ending');
    expect(found).toContain('fixture / (machine): the questions loop: a path can go on forever');
  });

  it('reports every text missing in a language, naming the language', () => {
    const { second, ...withoutSecond } = validMessages;
    void second;
    const problems = validateScenario({ ...fixture(), messages: { fr: validMessages, en: { ...withoutSecond, granted: { action: [], alternative: 'x', reason: 'y' } } } });
    const found = messages(problems);
    expect(found).toContain('fixture / second: missing text "second.question" in en');
    expect(found).toContain('fixture / second: missing text "second.hint" in en');
    expect(found).toContain('fixture / granted: missing text "granted.action" in en');
    expect(found).toContain('fixture / granted: missing text "granted.summary" in en');
    expect(found.filter((m) => m.endsWith(' in fr'))).toEqual([]);
  });

  it('takes an ending without alternative text in every language, not in one only', () => {
    const { alternative, ...grantedWithout } = validMessages.granted as Record<string, unknown>;
    void alternative;
    expect(validateScenario({ ...fixture(), messages: { fr: { ...validMessages, granted: grantedWithout }, en: { ...validMessages, granted: grantedWithout } } })).toEqual([]);
    expect(messages(validateScenario({ ...fixture(), messages: { fr: validMessages, en: { ...validMessages, granted: grantedWithout } } }))).toContain(
      'fixture / granted: alternative "granted.alternative" in fr only: give it in every language or in none',
    );
  });

  it('reports nested states and answers that cannot appear in a link', () => {
    const machine = scenarioSetup.createMachine({
      id: 'x',
      initial: 'first',
      states: {
        first: { meta: question('first', ['Oui!', 'no']), on: { 'Oui!': 'refused', no: 'refused' } },
        refused: { ...end('refused'), type: 'compound', initial: 'a', states: { a: { type: 'final' } } },
      },
    });
    const found = messages(validateScenario(fixture(machine)));
    expect(found).toContain('fixture / first: answer "Oui!" must be lowercase letters, digits or dashes (it appears in links)');
    expect(found).toContain('fixture / refused: nested states are not supported: keep scenario machines flat');
  });
});

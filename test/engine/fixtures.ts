import { ending, question, scenarioSetup, type ScenarioMachine } from '../../engine/model';

/** A small valid scenario: two questions, three endings. */
export const validMachine = scenarioSetup.createMachine({
  id: 'fixture',
  initial: 'first',
  states: {
    first: { meta: question('first', ['yes', 'no']), on: { yes: 'second', no: 'refused' } },
    second: { meta: question('second', ['yes', 'no'], { hint: true }), on: { yes: 'granted', no: 'unclear' } },
    refused: { type: 'final', meta: ending('refused', { verdict: 'not-allowed', contact: 'boss', document: 'org', sections: ['s1'], quotes: [{ section: 's1', text: 'Rule one.' }] }) },
    granted: { type: 'final', meta: ending('granted', { verdict: 'allowed', contact: 'boss', document: 'org', sections: ['s1'], quotes: [{ section: 's1', text: 'Rule one.' }], checklist: ['c1'] }) },
    unclear: { type: 'final', meta: ending('unclear', { verdict: 'ask', contact: 'boss', document: 'org', sections: ['s2'], quotes: [{ section: 's2', text: 'Rule two.' }] }) },
  },
});

const endingTexts = { summary: 'In short', action: 'Do', alternative: 'Else', reason: 'Because' };
export const validMessages = {
  title: 'Fixture',
  keywords: 'test',
  sections: { s1: 'Section 1', s2: 'Section 2' },
  checklist: { c1: 'Check this' },
  first: { question: 'First?', options: { yes: 'Yes', no: 'No' } },
  second: { question: 'Second?', hint: 'A hint', options: { yes: 'Yes', no: 'No' } },
  refused: endingTexts,
  granted: { summary: 'In short', action: ['Step 1', 'Step 2'], alternative: 'Else', reason: 'Because' },
  unclear: endingTexts,
};

export const fixture = (machine: ScenarioMachine = validMachine, messages: Record<string, unknown> = validMessages) => ({
  id: 'fixture',
  machine,
  messages: { fr: messages, en: messages },
  contacts: ['boss'],
  document: 'org',
});

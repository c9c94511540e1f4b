import { describe, expect, it } from 'vitest';
import { walk } from '../../engine/walk';
import { validMachine } from './fixtures';

describe('walk', () => {
  it('starts on the first question with an empty trail', () => {
    const position = walk(validMachine, []);
    expect(position).toMatchObject({ kind: 'question', state: 'first', trail: [] });
  });

  it('follows the answers to the next question and records the trail', () => {
    const position = walk(validMachine, ['yes']);
    expect(position.kind).toBe('question');
    if (position.kind !== 'question') return;
    expect(position.state).toBe('second');
    expect(position.meta.hint).toBe('second.hint');
    expect(position.trail).toEqual([
      { state: 'first', question: expect.objectContaining({ question: 'first.question' }), answer: { event: 'yes', label: 'first.options.yes' }, answersBefore: [] },
    ]);
  });

  it('reaches an ending with its full meta', () => {
    const position = walk(validMachine, ['yes', 'yes']);
    expect(position).toMatchObject({ kind: 'ending', state: 'granted', meta: { verdict: 'allowed', checklist: ['checklist.c1'] } });
    if (position.kind === 'ending') expect(position.trail.map((s) => s.answersBefore)).toEqual([[], ['yes']]);
  });

  it('points at the first answer that does not fit, keeping the valid prefix', () => {
    expect(walk(validMachine, ['yes', 'maybe', 'no'])).toMatchObject({ kind: 'invalid', reason: 'unknown-answer', index: 1, validAnswers: ['yes'] });
    expect(walk(validMachine, ['garbage'])).toMatchObject({ kind: 'invalid', index: 0, validAnswers: [] });
  });

  it('refuses answers given after an ending', () => {
    expect(walk(validMachine, ['no', 'yes'])).toMatchObject({ kind: 'invalid', reason: 'after-ending', index: 1, validAnswers: ['no'] });
  });

  it('does not mistake an inherited object property for an answer', () => {
    expect(walk(validMachine, ['constructor'])).toMatchObject({ kind: 'invalid', index: 0 });
    expect(walk(validMachine, ['__proto__'])).toMatchObject({ kind: 'invalid', index: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { endingPaths, stepPaths, walkedEndings } from '../../engine/paths';
import { walk } from '../../engine/walk';
import { validMachine } from './fixtures';

describe('endingPaths', () => {
  it('lists the answers leading to every ending, each path once', () => {
    expect(endingPaths(validMachine)).toEqual([['yes', 'yes'], ['yes', 'no'], ['no']]);
  });

  it('every path it lists walks to an ending', () => {
    for (const answers of endingPaths(validMachine)) expect(walk(validMachine, answers).kind).toBe('ending');
  });
});

describe('walkedEndings', () => {
  it('walks each of those paths, in the same order: the answers on the way and the ending', () => {
    const walked = walkedEndings(validMachine);
    expect(walked.map((position) => position.trail.map((step) => step.answer.event))).toEqual(endingPaths(validMachine));
    expect(walked.map((position) => position.kind)).toEqual(['ending', 'ending', 'ending']);
  });
});

describe('stepPaths', () => {
  it('lists every question and ending once per way of reaching it, the first question as []', () => {
    expect(stepPaths(validMachine)).toEqual([[], ['yes'], ['yes', 'yes'], ['yes', 'no'], ['no']]);
  });

  it('every step it lists walks to a question or an ending', () => {
    for (const answers of stepPaths(validMachine)) expect(['question', 'ending']).toContain(walk(validMachine, answers).kind);
  });
});

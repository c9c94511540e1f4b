import { describe, expect, it } from 'vitest';
import { endingPaths, stepPaths } from '../../src/engine/paths';
import { walk } from '../../src/engine/walk';
import { validMachine } from './fixtures';

describe('endingPaths', () => {
  it('lists the answers leading to every ending, each path once', () => {
    expect(endingPaths(validMachine)).toEqual([['yes', 'yes'], ['yes', 'no'], ['no']]);
  });

  it('every path it lists walks to an ending', () => {
    for (const answers of endingPaths(validMachine)) expect(walk(validMachine, answers).kind).toBe('ending');
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

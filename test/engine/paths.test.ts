import { describe, expect, it } from 'vitest';
import { endingPaths } from '../../src/engine/paths';
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

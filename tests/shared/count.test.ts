import { describe, expect, it } from 'vitest';
import { countBy, tally } from '../../src/count.ts';

describe('counting by key', () => {
  it('counts each key of each item, keys in the order first met', () => {
    const items = [{ t: ['x', 'y'] }, { t: ['y'] }, { t: [] }, { t: ['z', 'y'] }];
    expect([...countBy(items, (i) => i.t)]).toEqual([
      ['x', 1],
      ['y', 3],
      ['z', 1],
    ]);
    expect([...countBy(['a', 'b', 'a'], (s) => s)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('counts keys that are also names of Object.prototype', () => {
    expect(countBy(['constructor', 'constructor'], (s) => s).get('constructor')).toBe(2);
  });

  it('tallies into a record', () => {
    const cell: Partial<Record<'oppose' | 'support', number>> = {};
    tally(cell, 'oppose');
    tally(cell, 'oppose');
    expect(cell).toEqual({ oppose: 2 });
  });
});

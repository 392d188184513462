import { describe, expect, it } from 'vitest';
import { ancestry, withAncestors } from '../../src/topic-tree.ts';

const parents = (pairs: Record<string, string>) => (id: string) => pairs[id];

describe('the topic tree walk', () => {
  it('gives a topic then its ancestors, nearest first', () => {
    const parentOf = parents({
      'technology-transfer': 'technical-assistance',
      'technical-assistance': 'cooperation',
    });
    expect(withAncestors('technology-transfer', parentOf)).toEqual([
      'technology-transfer',
      'technical-assistance',
      'cooperation',
    ]);
    expect(withAncestors('cooperation', parentOf)).toEqual(['cooperation']);
  });

  it('stops at a cycle and names where it closed, instead of looping', () => {
    const parentOf = parents({ a: 'b', b: 'c', c: 'b' });
    expect(ancestry('a', parentOf)).toEqual({ chain: ['a', 'b', 'c'], cycleAt: 'b' });
    expect(ancestry('b', parentOf)).toEqual({ chain: ['b', 'c'], cycleAt: 'b' });
  });
});

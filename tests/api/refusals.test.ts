// The library refuses what it cannot answer: a filter key it does not know, a value outside a
// closed list or an article in no known form is a TypeError naming the valid choices, never a
// silent [] or a silent everything. null means "not given", the same everywhere.
import { describe, expect, it } from 'vitest';
import {
  cite,
  findPositions,
  foldText,
  type PositionFilter,
  parseProvision,
  stanceMatrix,
} from '../../src/index.ts';
import { parseArticle } from '../../src/query/article-filter.ts';

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);
const all = ids(findPositions());

describe('findPositions refuses', () => {
  it('an unknown key (a typo), naming the keys', () => {
    expect(() => findPositions({ stanse: 'oppose' } as PositionFilter)).toThrow(
      new TypeError(
        'findPositions: unknown filter key "stanse"; the keys are actor, document, topic, stance, speechAct, targetKind, article, paragraph, text, status',
      ),
    );
  });

  it('an unknown stance, target kind, speech act or status, naming the values', () => {
    expect(() => findPositions({ targetKind: 'law' as 'policy' })).toThrow(
      /^findPositions: targetKind "law" is not one of "phenomenon", .*"provision"/,
    );
    expect(() => findPositions({ stance: 'against' as 'oppose' })).toThrow(
      'findPositions: stance "against" is not one of "support", "oppose", "conditional", "mixed", "neutral"',
    );
    expect(() => findPositions({ speechAct: 'promise' as 'demand' })).toThrow(
      /speechAct "promise" is not one of "appreciation", .*"commitment"/,
    );
    expect(() => findPositions({ status: 'bogus' as 'all' })).toThrow(
      'findPositions: status "bogus" is not one of "active", "withdrawn", "all"',
    );
  });

  it.each([
    '14.3x',
    '14(3',
    '14(3)(b)(c)',
    'art.',
    '0',
    '0x10',
    'x:',
    14.5,
    -1,
    Number.NaN,
    true,
    [14],
    { article: '14' },
    { article: 14, paragraph: 0 },
    { article: 14, extra: 1 },
  ])('a malformed article (%j), naming the forms', (article) => {
    expect(() => findPositions({ article } as unknown as PositionFilter)).toThrow(
      /^findPositions: article .* (is not a provision|has unknown field\(s\) extra): write 14, '14', '14\(3\)' or '14\.3', .*'opsc-2000:2\(c\)', \{ instrument, article, paragraph\?, subparagraph\? \}$/,
    );
  });

  it('an article of an unknown instrument, naming the instruments', () => {
    expect(() => findPositions({ article: 'x:14' })).toThrow(
      'findPositions: article "x:14" names the instrument "x", which is not one of "unccc-2024"',
    );
  });

  it('a filter that is not an object', () => {
    expect(() => findPositions('IRN' as unknown as PositionFilter)).toThrow(TypeError);
    expect(() => findPositions([] as unknown as PositionFilter)).toThrow(TypeError);
  });

  it('a non-string id or text', () => {
    expect(() => findPositions({ actor: 7 as unknown as string })).toThrow(
      'findPositions: actor must be a string (got 7)',
    );
    expect(() => findPositions({ text: 7 as unknown as string })).toThrow(TypeError);
  });
});

describe('findPositions accepts the article forms of the command line', () => {
  it('14, "14", "unccc-2024:14" and the object form are one article', () => {
    const art14 = ids(findPositions({ article: 14 }));
    expect(art14.length).toBeGreaterThan(0);
    expect(ids(findPositions({ article: '14' }))).toEqual(art14);
    expect(ids(findPositions({ article: 'unccc-2024:14' }))).toEqual(art14);
    expect(ids(findPositions({ article: { instrument: 'unccc-2024', article: 14 } }))).toEqual(
      art14,
    );
  });

  it('reads forms through one parser, the one the command line uses', () => {
    expect(parseArticle('opsc-2000:2(c)')).toEqual(parseProvision('opsc-2000:2(c)'));
    expect(parseArticle('art. 14(3)')).toEqual({
      instrument: 'unccc-2024',
      article: 14,
      paragraph: 3,
    });
    expect(ids(findPositions({ article: '14.3' }))).toEqual(
      ids(findPositions({ article: '14(3)' })),
    );
    expect(ids(findPositions({ article: { article: 14, paragraph: 3 } }))).toEqual(
      ids(findPositions({ article: '14(3)' })),
    );
  });

  it('takes a paragraph as a number or its digits', () => {
    expect(ids(findPositions({ paragraph: '16' as unknown as number }))).toEqual(
      ids(findPositions({ paragraph: 16 })),
    );
  });
});

describe('null is "not given", everywhere', () => {
  it.each([
    'actor',
    'document',
    'topic',
    'stance',
    'speechAct',
    'targetKind',
    'article',
    'paragraph',
    'text',
    'status',
  ])('in findPositions({ %s: null })', (key) => {
    expect(ids(findPositions({ [key]: null } as unknown as PositionFilter))).toEqual(all);
    expect(ids(findPositions({ [key]: undefined } as unknown as PositionFilter))).toEqual(all);
  });

  it('as the whole argument of findPositions, stanceMatrix and cite', () => {
    expect(ids(findPositions(null))).toEqual(all);
    expect(stanceMatrix(null)).toEqual(stanceMatrix());
    expect(cite('irn-2025-hanoi.c27', null)).toBe(cite('irn-2025-hanoi.c27'));
  });

  it('foldText says what it takes', () => {
    expect(() => foldText(null as unknown as string)).toThrow('foldText takes a string (got null)');
    expect(() => foldText(123 as unknown as string)).toThrow(
      'foldText takes a string (got number)',
    );
  });
});

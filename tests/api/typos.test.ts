// A filter value that names nothing in the data is a typo, and a typo must not look like an
// empty answer: findPositions and the command line refuse it, naming the nearest valid id.
// A provision that cannot exist (an article past the instrument's last, a paragraph its article
// does not have) is refused the same way; one that exists but that no claim refers to is [].
import { describe, expect, it } from 'vitest';
import { actors, documents, findPositions, parseProvision, provisionKey } from '../../src/index.ts';
import { cli } from '../helpers/run-cli.ts';

describe('findPositions on a misspelt id', () => {
  it.each([
    [
      { topic: 'child-sexual-exploitaton' },
      'topic "child-sexual-exploitaton" is not in the data; did you mean "child-sexual-exploitation"?',
    ],
    [{ actor: 'irn' }, 'actor "irn" is not in the data; did you mean "IRN"?'],
    [
      { document: 'irn-2025-hanio' },
      'document "irn-2025-hanio" is not in the data; did you mean "irn-2025-hanoi"?',
    ],
  ])('throws a TypeError naming the nearest id (%j)', (filter, message) => {
    expect(() => findPositions(filter)).toThrow(TypeError);
    expect(() => findPositions(filter)).toThrow(`findPositions: ${message}`);
  });

  it('names the ids when they are few, counts them when they are many, and no nearest one when none is near', () => {
    const n = actors.length;
    expect(() => findPositions({ actor: 'nobody-of-that-name' })).toThrow(
      n <= 20
        ? `findPositions: actor "nobody-of-that-name" is not in the data: the actors are ${actors.map((a) => `"${a.id}"`).join(', ')}`
        : `findPositions: actor "nobody-of-that-name" is not in the data (${n} actors in the data)`,
    );
    expect(() => findPositions({ document: 'xyz-1999-nowhere' })).toThrow(
      `findPositions: document "xyz-1999-nowhere" is not in the data: the documents are ${documents.map((d) => `"${d.id}"`).join(', ')}`,
    );
  });
});

describe('findPositions on provisions', () => {
  it.each([
    ['99', '"99" cannot exist: "unccc-2024" has 68 articles'],
    [69, '69 cannot exist: "unccc-2024" has 68 articles'],
    [
      '14(9)',
      '"14(9)" cannot exist: article 14 of "unccc-2024" has paragraphs 1–5 (asked for 14(9))',
    ],
    ['opsc-2000:18', '"opsc-2000:18" cannot exist: "opsc-2000" has 17 articles'],
  ])('refuses %j, which cannot exist', (article, message) => {
    expect(() => findPositions({ article })).toThrow(`findPositions: article ${message}`);
  });

  it.each([40, '68', '54(2)', '15(4)', '1(d)'])(
    'gives [] for %j, which may exist but no claim refers to',
    (article) => {
      expect(findPositions({ article })).toEqual([]);
    },
  );

  it.each(['14.0', '14(0)', '99999999999999999999', '9'.repeat(400), '14(99999999999999999999)'])(
    'refuses %s as no provision at all, and parseProvision gives undefined (b1)',
    (text) => {
      expect(parseProvision(text)).toBeUndefined();
      expect(() => findPositions({ article: text })).toThrow(/is not a provision: write 14,/);
    },
  );

  it('reads only a string subparagraph, and only own fields (b2)', () => {
    const sub = { toString: () => 'a' } as unknown as string;
    for (const article of [
      { article: 14, paragraph: 3, subparagraph: sub },
      { article: 14, paragraph: 3, subparagraph: ['a'] as unknown as string },
      Object.create({ article: 14 }),
    ]) {
      expect(parseProvision(article)).toBeUndefined();
      expect(() => findPositions({ article })).toThrow(TypeError);
      expect(() => findPositions({ article, status: 'all' })).toThrow(TypeError);
    }
  });

  it('cuts a long input short in its message (b3)', () => {
    let message = '';
    try {
      findPositions({ article: 'x'.repeat(1e7) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/\(10000002 characters\)/);
    expect(message.length).toBeLessThan(400);
  });
});

describe('the command line refuses the same provisions, as usage errors (b1, F7)', () => {
  it.each(['14.0', '14(0)', '99999999999999999999', '9'.repeat(400)])(
    '--article %s names the forms, exit 2',
    async (article) => {
      const r = await cli(['list', '--article', article]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^error: --article must be an article or provision of the Convention \(14, 14\(3\), 14\.3, 1\(b\)\)/,
      );
      expect(r.stderr).not.toMatch(/internal error/);
    },
  );

  it.each([
    ['99', '"unccc-2024" has 68 articles'],
    ['14(9)', 'article 14 of "unccc-2024" has paragraphs 1–5'],
  ])('--article %s cannot exist, exit 2', async (article, why) => {
    const r = await cli(['list', '--article', article]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`error: --article "${article}" cannot exist: ${why}`);
  });

  it('--article 40 exists, and matches nothing', async () => {
    const r = await cli(['list', '--article', '40']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('no positions match\n');
  });
});

describe('provisionKey (F15)', () => {
  it('defaults the instrument to the Convention, as findPositions does', () => {
    expect(provisionKey({ article: 14, paragraph: 3 } as never)).toBe('unccc-2024:14(3)');
    expect(provisionKey({ instrument: 'opsc-2000', article: 2, subparagraph: 'c' })).toBe(
      'opsc-2000:2(c)',
    );
  });
});

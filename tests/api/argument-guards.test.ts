import { describe, expect, it } from 'vitest';
import {
  bootstrapAlpha,
  CITE_FORMATS,
  cite,
  jaccardDistance,
  krippendorffAlpha,
  masiDistance,
} from '../../src/index.ts';

// A wrong argument is a TypeError that names what is accepted, never a number that looks like a
// result.
const matrix = [
  ['a', 'a'],
  ['b', 'b'],
  ['a', 'b'],
  ['c', 'c'],
];
const nominal = { metric: 'nominal' } as const;

describe('bootstrapAlpha', () => {
  it.each([-1, 0, Number.NaN, 1.5, Number.POSITIVE_INFINITY, '10'])(
    'refuses samples %s, asking for a whole number of at least 1',
    (samples) => {
      expect(() => bootstrapAlpha(matrix, { ...nominal, samples: samples as number })).toThrow(
        /^bootstrapAlpha: samples .* must be a whole number of at least 1$/,
      );
    },
  );

  it.each([2, -1, 0, 1, Number.NaN, '0.95'])(
    'refuses level %s, asking for a number between 0 and 1',
    (level) => {
      expect(() => bootstrapAlpha(matrix, { ...nominal, level: level as number })).toThrow(
        TypeError,
      );
      expect(() => bootstrapAlpha(matrix, { ...nominal, level: level as number })).toThrow(
        /level .* must be a number between 0 and 1/,
      );
    },
  );

  it('still gives an ordered interval for good options', () => {
    const r = bootstrapAlpha(matrix, { ...nominal, samples: 50, level: 0.9 });
    expect(r.samples).toBe(50);
    expect(r.low).not.toBeNull();
    expect(r.low as number).toBeLessThanOrEqual(r.high as number);
  });
});

describe('krippendorffAlpha', () => {
  it('refuses a metric it does not know, naming the metrics', () => {
    expect(() => krippendorffAlpha(matrix, { metric: 'bogus' as never })).toThrow(
      new TypeError(
        'krippendorffAlpha: metric "bogus" is not one of nominal, ordinal, interval, ratio, or a distance function',
      ),
    );
    expect(() => bootstrapAlpha(matrix, { metric: undefined as never })).toThrow(
      /metric undefined is not one of nominal, ordinal, interval, ratio/,
    );
  });

  it('takes a distance function', () => {
    expect(krippendorffAlpha(matrix, { metric: (a, b) => (a === b ? 0 : 1) }).alpha).toBe(
      krippendorffAlpha(matrix, nominal).alpha,
    );
  });
});

describe('set distances', () => {
  it.each([
    [null, []],
    [[], undefined],
    ['a', ['a']],
  ])('refuses %j and %j instead of reading them as empty sets', (a, b) => {
    expect(() => masiDistance(a as never, b as never)).toThrow(
      /^masiDistance: the (first|second) set must be an array of strings .*; an empty set is \[\]$/,
    );
    expect(() => jaccardDistance(a as never, b as never)).toThrow(TypeError);
  });

  it('still scores two empty sets as agreeing', () => {
    expect(masiDistance([], [])).toBe(0);
  });
});

describe('cite', () => {
  it('refuses an unknown format, naming the formats', () => {
    expect(() => cite('irn-2025-hanoi.c07', { format: 'APA' as never })).toThrow(
      new TypeError('cite: format "APA" is not one of apa, bibtex, biblatex, csl-json, ris'),
    );
    expect(() => cite(undefined, { format: 'toString' as never })).toThrow(TypeError);
    expect(() => cite('irn-2025-hanoi.c07', { format: 42 as never })).toThrow(TypeError);
  });

  it('still gives undefined for an unknown id, as documented', () => {
    expect(cite('irn-2025-hanoi.c99', { format: 'ris' })).toBeUndefined();
  });

  it('takes no format as apa', () => {
    expect(cite('irn-2025-hanoi.c07', { format: undefined })).toBe(cite('irn-2025-hanoi.c07'));
    expect(cite('irn-2025-hanoi.c07', null)).toBe(cite('irn-2025-hanoi.c07'));
  });

  it('has a list of formats that cannot be changed', () => {
    expect(Object.isFrozen(CITE_FORMATS)).toBe(true);
    expect(() => (CITE_FORMATS as string[]).push('mla')).toThrow(TypeError);
    expect(CITE_FORMATS).toEqual(['apa', 'bibtex', 'biblatex', 'csl-json', 'ris']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bootstrapAlpha,
  coincidences,
  jaccardDistance,
  krippendorffAlpha,
  masiDistance,
  setKey,
} from '../../src/reliability/alpha.ts';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
// twelve units, values 1-5, missing data. Rows are observers A-D in the paper; here transposed to
// units × coders. `null` is a missing value.
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const units = (observers[0] as (number | null)[]).map((_, u) => observers.map((row) => row[u]));

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

describe("Krippendorff's alpha against the worked examples of Krippendorff (2011)", () => {
  it('binary data, two observers, no missing values: alpha = 0.095 (section A)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const matrix = a.map((x, i) => [x, b[i]]);
    expect(round3(krippendorffAlpha(matrix, { metric: 'nominal' }).alpha)).toBe(0.095);
  });

  it('has the coincidence matrix of section C: n = 40, margins 9, 13, 10, 5, 3', () => {
    const c = coincidences(units);
    expect(c.n).toBeCloseTo(40, 10);
    const margin = (v: number) => c.margins[c.index.get(`n:${v}`) as number];
    expect([1, 2, 3, 4, 5].map((v) => Math.round((margin(v) as number) * 1e9) / 1e9)).toEqual([
      9, 13, 10, 5, 3,
    ]);
    // o_12 (1s paired with 2s): units 6 and 8 give 1/3 and 1, so 4/3. o_33: units 3 and 4 each
    // pair four 3s (4·3 ordered pairs, weight 1/3), so 8; the row adds up to n_3 = 10.
    const o = (c: number, k: number, m = coincidences(units)) =>
      (m.o[m.index.get(`n:${c}`) as number] as number[])[m.index.get(`n:${k}`) as number];
    expect(o(1, 2)).toBeCloseTo(4 / 3, 10);
    expect(o(3, 3)).toBeCloseTo(8, 10);
  });

  it('four observers, twelve units, missing values, nominal: alpha = 0.743 (section C)', () => {
    expect(round3(krippendorffAlpha(units, { metric: 'nominal' }).alpha)).toBe(0.743);
  });

  it('the same data, ordinal: alpha = 0.815', () => {
    expect(round3(krippendorffAlpha(units, { metric: 'ordinal' }).alpha)).toBe(0.815);
  });

  it('the same data, interval: alpha = 0.849', () => {
    expect(round3(krippendorffAlpha(units, { metric: 'interval' }).alpha)).toBe(0.849);
  });

  it('the same data, ratio: alpha = 0.797', () => {
    expect(round3(krippendorffAlpha(units, { metric: 'ratio' }).alpha)).toBe(0.797);
  });

  it('drops units with fewer than two values (unit 12 has one) and counts the rest', () => {
    const r = krippendorffAlpha(units, { metric: 'nominal' });
    expect(r.units).toBe(11);
  });
});

describe('alpha on edge cases', () => {
  it('is undefined (null) when every value is the same: no variation to agree on', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [1, 1],
        ],
        { metric: 'nominal' },
      ).alpha,
    ).toBeNull();
  });
  it('is undefined when no unit has two values', () => {
    expect(
      krippendorffAlpha(
        [
          [1, null],
          [null, 2],
        ],
        { metric: 'nominal' },
      ).alpha,
    ).toBeNull();
  });
  it('is -1 for two coders who always disagree on two values used equally', () => {
    // o_01 = o_10 = 2, n = 4: alpha = 1 − 3·4 / (2·2·2) = −0.5.
    expect(
      krippendorffAlpha(
        [
          [0, 1],
          [1, 0],
        ],
        { metric: 'nominal' },
      ).alpha,
    ).toBeCloseTo(-0.5);
  });
  it('refuses non-numbers under a numeric metric', () => {
    expect(() => krippendorffAlpha([['a', 'b']], { metric: 'interval' })).toThrow(/needs numbers/);
  });
});

describe('set distances', () => {
  it('MASI scores a subset as a milder disagreement than a crossing at the same Jaccard', () => {
    expect(jaccardDistance(['a'], ['a', 'b'])).toBeCloseTo(0.5);
    expect(jaccardDistance(['a', 'b', 'c'], ['a', 'b', 'd'])).toBeCloseTo(0.5);
    expect(masiDistance(['a'], ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(masiDistance(['a', 'b', 'c'], ['a', 'b', 'd'])).toBeCloseTo(5 / 6);
    expect(masiDistance(['a'], ['b'])).toBe(1);
    expect(masiDistance([], [])).toBe(0);
    expect(masiDistance(['b', 'a'], ['a', 'b'])).toBe(0);
  });
  it('set-valued alpha is 1 when the coders give the same sets in any order', () => {
    const m = [
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      [['c'], ['c']],
      [[], []],
    ];
    expect(krippendorffAlpha(m, { metric: masiDistance, key: setKey }).alpha).toBe(1);
  });
});

const nominalMatrix = (coders: number, values: number) =>
  fc.array(
    fc.array(fc.option(fc.integer({ min: 0, max: values - 1 }), { nil: null }), {
      minLength: coders,
      maxLength: coders,
    }),
    { minLength: 2, maxLength: 40 },
  );

describe('alpha, properties', () => {
  it('is 1 for perfect agreement whenever it is defined', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 2, max: 5 }),
        (values, coders) => {
          const matrix = values.map((v) => Array.from({ length: coders }, () => v));
          const { alpha } = krippendorffAlpha(matrix, { metric: 'nominal' });
          if (new Set(values).size < 2) expect(alpha).toBeNull();
          else expect(alpha).toBe(1);
          for (const metric of ['ordinal', 'interval', 'ratio'] as const) {
            const r = krippendorffAlpha(
              matrix.map((row) => row.map((v) => v + 1)),
              { metric },
            ).alpha;
            if (new Set(values).size >= 2) expect(r).toBeCloseTo(1, 12);
          }
        },
      ),
    );
  });

  it('does not change when nominal values are relabelled', () => {
    fc.assert(
      fc.property(
        nominalMatrix(3, 4),
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4 }),
        (m, perm) => {
          const relabelled = m.map((row) => row.map((v) => (v === null ? null : `x${perm[v]}`)));
          const a = krippendorffAlpha(m, { metric: 'nominal' }).alpha;
          const b = krippendorffAlpha(relabelled, { metric: 'nominal' }).alpha;
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 12);
        },
      ),
    );
  });

  it('does not change when the coders (columns) or the units (rows) are reordered', () => {
    fc.assert(
      fc.property(nominalMatrix(3, 3), (m) => {
        const a = krippendorffAlpha(m, { metric: 'nominal' }).alpha;
        const swapped = [...m].reverse().map((row) => [...row].reverse());
        const b = krippendorffAlpha(swapped, { metric: 'nominal' }).alpha;
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 12);
      }),
    );
  });

  it('is near 0 for coders who assign values at random', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        let s = seed;
        const next = () => {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          return (s >>> 16) % 4;
        };
        const matrix = Array.from({ length: 2000 }, () => [next(), next()]);
        const { alpha } = krippendorffAlpha(matrix, { metric: 'nominal' });
        expect(Math.abs(alpha as number)).toBeLessThan(0.05);
      }),
      { numRuns: 20 },
    );
  });
});

describe('the bootstrap interval', () => {
  it('is the same on every run with the same seed, and contains the point estimate', () => {
    const a = bootstrapAlpha(units, { metric: 'nominal', samples: 500, seed: 7 });
    const b = bootstrapAlpha(units, { metric: 'nominal', samples: 500, seed: 7 });
    expect(a).toEqual(b);
    expect(a.low as number).toBeLessThan(0.743);
    expect(a.high as number).toBeGreaterThan(0.743);
    expect(a.high as number).toBeLessThanOrEqual(1);
  });
  it('changes with the seed', () => {
    const a = bootstrapAlpha(units, { metric: 'nominal', samples: 200, seed: 1 });
    const b = bootstrapAlpha(units, { metric: 'nominal', samples: 200, seed: 2 });
    expect([a.low, a.high]).not.toEqual([b.low, b.high]);
  });
  it('counts the replicates in which alpha is undefined instead of hiding them', () => {
    const r = bootstrapAlpha(
      [
        [1, 1],
        [2, 2],
      ],
      { metric: 'nominal', samples: 100, seed: 3 },
    );
    expect(r.undefinedSamples).toBeGreaterThan(0);
    expect(r.low).toBe(1);
  });
});

describe('from the package entry', () => {
  it('exports the alpha and the matching of claims', async () => {
    const api = await import('../../src/index.ts');
    expect(api.krippendorffAlpha(units, { metric: 'nominal' }).alpha).toBeCloseTo(0.743, 3);
    expect(api.masiDistance(['a'], ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(api.matchUnits([], []).pairs).toEqual([]);
  });
});

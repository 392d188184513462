/**
 * Krippendorff's alpha, by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability" (Annenberg School for Communication, University of
 * Pennsylvania). Zero dependencies, deterministic.
 *
 * Data: a units × coders matrix; `undefined` (or `null`) is a missing value. Units with fewer than
 * two values are not pairable and drop out, as in the paper. Values are compared through a key
 * (numbers and strings are their own key; sets are keyed by their sorted members), so any value
 * type works with a distance function.
 *
 *   alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c · n_k δ²_ck
 *
 * where o_ck is the coincidence matrix (each unit with m_u values adds 1/(m_u − 1) for every
 * ordered pair of its values), n_c its margins and n the number of pairable values.
 */
import { checkBootstrap, checkMetric, checkSets, type Metric } from './alpha-guards.ts';

export type Cell<V> = V | null | undefined;
export type { Metric };

/** A squared distance δ² between two values (0 for equal values, symmetric, non-negative). */
export type Distance<V> = (a: V, b: V) => number;

export interface AlphaOptions<V> {
  /** A named level of measurement, or a distance function (for set-valued data, say). */
  metric: Metric | Distance<V>;
  /** How values are compared for identity; default: numbers and strings as they are, else JSON. */
  key?: (v: V) => string;
}

export interface AlphaResult {
  /** Krippendorff's alpha; `null` when it is undefined (no pairable values, or no variation). */
  alpha: number | null;
  /** Observed and expected disagreement. */
  observed: number;
  expected: number;
  /** Pairable values (n in the paper) and the units they come from. */
  pairableValues: number;
  units: number;
}

const defaultKey = (v: unknown): string =>
  typeof v === 'string' ? `s:${v}` : typeof v === 'number' ? `n:${v}` : `j:${JSON.stringify(v)}`;

/** The pairable values of each unit (units with one value or none are dropped). */
function pairable<V>(matrix: readonly (readonly Cell<V>[])[]): V[][] {
  const units: V[][] = [];
  for (const row of matrix) {
    const values = row.filter((v): v is V => v !== undefined && v !== null);
    if (values.length >= 2) units.push(values);
  }
  return units;
}

interface Coincidences<V> {
  values: V[];
  index: Map<string, number>;
  /** o[c][k] */
  o: number[][];
  /** n_c */
  margins: number[];
  n: number;
}

/** The coincidence matrix of the paper, over the distinct values in first-seen order. */
export function coincidences<V>(
  matrix: readonly (readonly Cell<V>[])[],
  key: (v: V) => string = defaultKey,
): Coincidences<V> {
  const units = pairable(matrix);
  const values: V[] = [];
  const index = new Map<string, number>();
  for (const unit of units)
    for (const v of unit) {
      const k = key(v);
      if (!index.has(k)) {
        index.set(k, values.length);
        values.push(v);
      }
    }
  const size = values.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of units) {
    const m = unit.length;
    const idx = unit.map((v) => index.get(key(v)) as number);
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = o[idx[i] as number] as number[];
        row[idx[j] as number] = (row[idx[j] as number] as number) + 1 / (m - 1);
      }
  }
  const margins = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = margins.reduce((a, b) => a + b, 0);
  return { values, index, o, margins, n };
}

/** δ²_ck for every pair of the coincidence matrix's values, under a metric. */
function distances<V>(c: Coincidences<V>, metric: Metric | Distance<V>): number[][] {
  const { values, margins } = c;
  const size = values.length;
  if (typeof metric === 'function') return values.map((a) => values.map((b) => metric(a, b)));
  if (metric === 'nominal') return values.map((_, i) => values.map((__, j) => (i === j ? 0 : 1)));
  const numbers = values.map((v) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new TypeError(`the ${metric} metric needs numbers; got ${JSON.stringify(v)}`);
    return v;
  });
  if (metric === 'interval') return numbers.map((a) => numbers.map((b) => (a - b) ** 2));
  if (metric === 'ratio')
    return numbers.map((a) => numbers.map((b) => (a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2)));
  // Ordinal: the distance between ranks c < k is the number of values between them, counting the
  // two ends by half: (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
  const order = numbers.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const rank = new Array<number>(size);
  order.forEach(([, i], r) => {
    rank[i] = r;
  });
  const sorted = order.map(([, i]) => margins[i] as number);
  const cumulative = [0];
  for (const x of sorted) cumulative.push((cumulative.at(-1) as number) + x);
  return numbers.map((_, i) =>
    numbers.map((__, j) => {
      const lo = Math.min(rank[i] as number, rank[j] as number);
      const hi = Math.max(rank[i] as number, rank[j] as number);
      if (lo === hi) return 0;
      const between = (cumulative[hi + 1] as number) - (cumulative[lo] as number);
      return (between - ((sorted[lo] as number) + (sorted[hi] as number)) / 2) ** 2;
    }),
  );
}

/** Krippendorff's alpha of a units × coders matrix. */
export function krippendorffAlpha<V>(
  matrix: readonly (readonly Cell<V>[])[],
  options: AlphaOptions<V>,
): AlphaResult {
  checkMetric('krippendorffAlpha', options?.metric);
  const c = coincidences(matrix, options.key ?? defaultKey);
  const units = pairable(matrix).length;
  if (c.n <= 1) return { alpha: null, observed: 0, expected: 0, pairableValues: c.n, units };
  const d = distances(c, options.metric);
  let observed = 0;
  let expected = 0;
  const size = c.values.length;
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) {
      const delta = (d[i] as number[])[j] as number;
      observed += ((c.o[i] as number[])[j] as number) * delta;
      expected += (c.margins[i] as number) * (c.margins[j] as number) * delta;
    }
  observed /= c.n;
  expected /= c.n * (c.n - 1);
  // Rounding of the 1/(m−1) weights can leave a hair of disagreement where there is none.
  if (Math.abs(observed) < 1e-12) observed = 0;
  const alpha = expected === 0 ? null : 1 - observed / expected;
  return { alpha, observed, expected, pairableValues: c.n, units };
}

// --- Set-valued data ----------------------------------------------------------------------------

/**
 * MASI distance (Passonneau 2006, "Measuring agreement on set-valued items"): 1 − J·M, where J is
 * the Jaccard coefficient and M is 1 for equal sets, 2/3 when one contains the other, 1/3 when they
 * overlap otherwise, 0 when disjoint. Chosen over plain Jaccard for topic sets and article links
 * because those sets nest: one coder adding a secondary topic to the other's set is a milder
 * disagreement than the two swapping one topic each. Jaccard distance scores {a} vs {a, b} and
 * {a, b, c} vs {a, b, d} alike (0.5); MASI scores the subset 0.67 and the crossing 0.83, and gives
 * disjoint sets 1 whatever their size. Two empty sets agree (distance 0). The distance
 * is used here as δ² directly, as Passonneau does.
 */
export function masiDistance(a: readonly string[], b: readonly string[]): number {
  checkSets('masiDistance', a, b);
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const union = A.size + B.size - inter;
  const jaccard = inter / union;
  const monotonicity =
    inter === A.size && inter === B.size
      ? 1
      : inter === A.size || inter === B.size
        ? 2 / 3
        : inter > 0
          ? 1 / 3
          : 0;
  return 1 - jaccard * monotonicity;
}

/** Jaccard distance, 1 − |A ∩ B| / |A ∪ B|; two empty sets agree. */
export function jaccardDistance(a: readonly string[], b: readonly string[]): number {
  checkSets('jaccardDistance', a, b);
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return 1 - inter / (A.size + B.size - inter);
}

/** Sets compare as sets: the key is the sorted, de-duplicated members. */
export const setKey = (v: readonly string[]): string => JSON.stringify([...new Set(v)].sort());

// --- Bootstrap ----------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so that the intervals are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BootstrapOptions {
  /** Replicates; default 2000. */
  samples?: number;
  /** Seed of the PRNG; default 12. */
  seed?: number;
  /** Coverage of the interval; default 0.95. */
  level?: number;
}

export interface Interval {
  low: number | null;
  high: number | null;
  level: number;
  samples: number;
  /** Replicates in which alpha was undefined (every resampled value the same) and were left out. */
  undefinedSamples: number;
  seed: number;
}

/**
 * A percentile bootstrap interval for alpha, resampling units with replacement (the unit, not the
 * single value, is what was sampled from the text, and the values of one unit are not independent).
 * Krippendorff's own bootstrap resamples pairs of values; resampling units is the more
 * conservative choice for a handful of units and needs no assumption about the pairs.
 */
export function bootstrapAlpha<V>(
  matrix: readonly (readonly Cell<V>[])[],
  options: AlphaOptions<V> & BootstrapOptions,
): Interval {
  checkMetric('bootstrapAlpha', options?.metric);
  checkBootstrap('bootstrapAlpha', options);
  const units = matrix.filter(
    (row) => row.filter((v) => v !== undefined && v !== null).length >= 2,
  );
  return bootstrapClusters(units, (sample) => krippendorffAlpha(sample, options).alpha, options);
}

/**
 * A percentile bootstrap interval of any statistic of a list of clusters (units, paragraphs),
 * resampled with replacement; replicates where the statistic is undefined are counted and left out.
 */
export function bootstrapClusters<T>(
  clusters: readonly T[],
  statistic: (sample: T[]) => number | null,
  options: BootstrapOptions = {},
): Interval {
  checkBootstrap('bootstrapClusters', options);
  const samples = options.samples ?? 2000;
  const seed = options.seed ?? 12;
  const level = options.level ?? 0.95;
  const random = mulberry32(seed);
  const values: number[] = [];
  let undefinedSamples = 0;
  if (clusters.length > 0) {
    for (let s = 0; s < samples; s++) {
      const sample = Array.from(
        { length: clusters.length },
        () => clusters[Math.floor(random() * clusters.length)] as T,
      );
      const value = statistic(sample);
      if (value === null) undefinedSamples++;
      else values.push(value);
    }
  }
  values.sort((a, b) => a - b);
  const quantile = (q: number): number | null => {
    if (values.length === 0) return null;
    const pos = q * (values.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const x = values[lo] as number;
    return x + ((values[hi] as number) - x) * (pos - lo);
  };
  return {
    low: quantile((1 - level) / 2),
    high: quantile(1 - (1 - level) / 2),
    level,
    samples,
    undefinedSamples,
    seed,
  };
}

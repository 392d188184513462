/**
 * Unitizing: which claims of two codings are the same claim.
 *
 * The matching rule. Two claims match when they quote the same paragraph and their quote spans
 * (code point offsets within the paragraph) overlap by at least half of the shorter span. Matching
 * is one-to-one and greedy: all candidate pairs are taken in order of overlap, largest first (ties:
 * larger overlap relative to the union, then the ids), and a pair is kept when neither claim is
 * matched yet. A claim left unmatched is a disagreement on where claims are cut.
 *
 * Why half of the shorter span: coders quote the same proposition with a connective more or less,
 * or one keeps a clause the other leaves out (the codebook's "shortest span" is a judgement); a
 * claim that is a clause of a longer claim overlaps it entirely, and the greedy order then pairs
 * the longer claim with whichever of the other coder's claims covers most of it, leaving the rest
 * unmatched. Two halves of a sentence split by one coder and kept whole by the other thus give one
 * match and one unmatched claim, which is what the disagreement is.
 *
 * Unitizing agreement is reported two ways:
 * - match F1 = 2 · matched pairs / (claims of A + claims of B): 1 when the coders cut the same
 *   claims, 0 when no claim matches; with an interval from resampling paragraphs.
 * - coverage alpha: Krippendorff's alpha (nominal) with every code point of every quotable
 *   paragraph as a unit and "inside some quote of this coder" (1) or not (0) as the value. It says
 *   whether the coders quote the same text, regardless of how they cut it; it is a simplification of
 *   Krippendorff's u-alpha, which also weighs the segments' lengths, and it has no interval because
 *   neighbouring code points are not independent.
 */

import { bootstrapClusters, krippendorffAlpha } from './alpha.ts';

export const MATCH_THRESHOLD = 0.5;

export const MATCH_RULE =
  'same paragraph, quote spans overlapping by at least half of the shorter span; one-to-one, greedy by largest overlap';

export interface Span {
  id: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface Match<A extends Span, B extends Span> {
  a: A;
  b: B;
  /** Code points the two quotes share. */
  overlap: number;
}

export interface Matching<A extends Span, B extends Span> {
  pairs: Match<A, B>[];
  onlyA: A[];
  onlyB: B[];
}

export const overlapOf = (a: Span, b: Span): number =>
  a.paragraph === b.paragraph
    ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
    : 0;

/** True when `a` and `b` are candidates under the matching rule. */
export function matches(a: Span, b: Span, threshold = MATCH_THRESHOLD): boolean {
  const overlap = overlapOf(a, b);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap >= threshold * shorter;
}

const compareIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Pairs the claims of two codings by the matching rule above. */
export function matchUnits<A extends Span, B extends Span>(
  as: readonly A[],
  bs: readonly B[],
  threshold = MATCH_THRESHOLD,
): Matching<A, B> {
  const candidates: (Match<A, B> & { ratio: number })[] = [];
  for (const a of as)
    for (const b of bs) {
      if (!matches(a, b, threshold)) continue;
      const overlap = overlapOf(a, b);
      const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
      candidates.push({ a, b, overlap, ratio: overlap / union });
    }
  candidates.sort(
    (x, y) =>
      y.overlap - x.overlap ||
      y.ratio - x.ratio ||
      compareIds(x.a.id, y.a.id) ||
      compareIds(x.b.id, y.b.id),
  );
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const pairs: Match<A, B>[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a.id) || usedB.has(c.b.id)) continue;
    usedA.add(c.a.id);
    usedB.add(c.b.id);
    pairs.push({ a: c.a, b: c.b, overlap: c.overlap });
  }
  const byPlace = (x: Span, y: Span) => x.paragraph - y.paragraph || x.start - y.start;
  pairs.sort((x, y) => byPlace(x.a, y.a));
  return {
    pairs,
    onlyA: as.filter((a) => !usedA.has(a.id)).sort(byPlace),
    onlyB: bs.filter((b) => !usedB.has(b.id)).sort(byPlace),
  };
}

export interface UnitizingFigures {
  claimsA: number;
  claimsB: number;
  matched: number;
  /** 2 · matched / (claimsA + claimsB); null when neither coder has a claim here. */
  f1: number | null;
  f1Interval: { low: number | null; high: number | null };
  /** Binary code point coverage alpha; null when undefined (everything or nothing quoted). */
  coverageAlpha: number | null;
  /** Quotable paragraphs compared. */
  paragraphs: number[];
}

/**
 * Unitizing agreement over the given quotable paragraphs (`lengths`: paragraph number → length in
 * code points).
 */
export function unitizing(
  a: readonly Span[],
  b: readonly Span[],
  lengths: ReadonlyMap<number, number>,
  bootstrap: { samples: number; seed: number; level: number },
): UnitizingFigures {
  const paragraphs = [...lengths.keys()].sort((x, y) => x - y);
  const inScope = (s: Span) => lengths.has(s.paragraph);
  const as = a.filter(inScope);
  const bs = b.filter(inScope);
  const { pairs } = matchUnits(as, bs);
  const f1 = as.length + bs.length === 0 ? null : (2 * pairs.length) / (as.length + bs.length);
  // Per paragraph counts, resampled as clusters: a paragraph is what a coder reads and cuts.
  const clusters = paragraphs.map((n) => ({
    matched: pairs.filter((p) => p.a.paragraph === n).length,
    total: as.filter((s) => s.paragraph === n).length + bs.filter((s) => s.paragraph === n).length,
  }));
  const interval = bootstrapClusters(
    clusters,
    (sample) => {
      const total = sample.reduce((t, c) => t + c.total, 0);
      return total === 0 ? null : (2 * sample.reduce((t, c) => t + c.matched, 0)) / total;
    },
    bootstrap,
  );
  const matrix: number[][] = [];
  for (const n of paragraphs) {
    const length = lengths.get(n) as number;
    const covered = (spans: readonly Span[]) => {
      const flags = new Array<number>(length).fill(0);
      for (const s of spans)
        if (s.paragraph === n) for (let i = s.start; i < Math.min(s.end, length); i++) flags[i] = 1;
      return flags;
    };
    const ca = covered(as);
    const cb = covered(bs);
    for (let i = 0; i < length; i++) matrix.push([ca[i] as number, cb[i] as number]);
  }
  return {
    claimsA: as.length,
    claimsB: bs.length,
    matched: pairs.length,
    f1,
    f1Interval: { low: interval.low, high: interval.high },
    coverageAlpha: krippendorffAlpha(matrix, { metric: 'nominal' }).alpha,
    paragraphs,
  };
}

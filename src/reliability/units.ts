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

/** A candidate pair, by the claims' places in their lists (ids may repeat in a bad coding). */
interface Candidate {
  a: number;
  b: number;
  overlap: number;
  ratio: number;
}

/**
 * Pairs the claims of two codings by the matching rule above.
 *
 * The greedy order is kept without listing every candidate pair, which for thousands of claims
 * quoting one paragraph would be millions of objects: each claim of A holds only its best
 * candidate among B's claims still free, in a heap. A claim's best can only get worse as B's
 * claims are taken, so when the top of the heap names a claim already taken, its best is found
 * again and pushed back; the pair at the top is otherwise the best of all pairs left, as in a
 * sort of every pair. Memory is linear in the number of claims.
 */
export function matchUnits<A extends Span, B extends Span>(
  as: readonly A[],
  bs: readonly B[],
  threshold = MATCH_THRESHOLD,
): Matching<A, B> {
  // Earlier in the greedy order: larger overlap, then larger ratio, then ids, then places.
  const before = (x: Candidate, y: Candidate): boolean =>
    (y.overlap - x.overlap ||
      y.ratio - x.ratio ||
      compareIds((as[x.a] as A).id, (as[y.a] as A).id) ||
      compareIds((bs[x.b] as B).id, (bs[y.b] as B).id) ||
      x.a - y.a ||
      x.b - y.b) < 0;
  const byParagraph = new Map<number, number[]>();
  bs.forEach((b, j) => {
    const list = byParagraph.get(b.paragraph);
    if (list) list.push(j);
    else byParagraph.set(b.paragraph, [j]);
  });
  const usedB = new Uint8Array(bs.length);
  const bestFor = (i: number): Candidate | undefined => {
    const a = as[i] as A;
    let best: Candidate | undefined;
    for (const j of byParagraph.get(a.paragraph) ?? []) {
      if (usedB[j]) continue;
      const b = bs[j] as B;
      if (!matches(a, b, threshold)) continue;
      const overlap = overlapOf(a, b);
      const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
      const c = { a: i, b: j, overlap, ratio: overlap / union };
      if (!best || before(c, best)) best = c;
    }
    return best;
  };
  const heap = new CandidateHeap(before);
  as.forEach((_, i) => {
    const c = bestFor(i);
    if (c) heap.push(c);
  });
  const usedA = new Uint8Array(as.length);
  const pairs: Match<A, B>[] = [];
  for (let c = heap.pop(); c; c = heap.pop()) {
    if (usedB[c.b]) {
      const again = bestFor(c.a);
      if (again) heap.push(again);
      continue;
    }
    usedA[c.a] = 1;
    usedB[c.b] = 1;
    pairs.push({ a: as[c.a] as A, b: bs[c.b] as B, overlap: c.overlap });
  }
  const byPlace = (x: Span, y: Span) => x.paragraph - y.paragraph || x.start - y.start;
  pairs.sort((x, y) => byPlace(x.a, y.a));
  return {
    pairs,
    onlyA: as.filter((_, i) => !usedA[i]).sort(byPlace),
    onlyB: bs.filter((_, j) => !usedB[j]).sort(byPlace),
  };
}

/** A binary heap whose top is the candidate first in `before`'s order. */
class CandidateHeap {
  private readonly items: Candidate[] = [];
  constructor(private readonly before: (x: Candidate, y: Candidate) => boolean) {}

  push(c: Candidate): void {
    const items = this.items;
    items.push(c);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i] as Candidate, items[parent] as Candidate)) break;
      [items[i], items[parent]] = [items[parent] as Candidate, items[i] as Candidate];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let first = i;
        if (l < items.length && this.before(items[l] as Candidate, items[first] as Candidate))
          first = l;
        if (r < items.length && this.before(items[r] as Candidate, items[first] as Candidate))
          first = r;
        if (first === i) break;
        [items[i], items[first]] = [items[first] as Candidate, items[i] as Candidate];
        i = first;
      }
    }
    return top;
  }
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

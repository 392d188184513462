/**
 * The reliability study of two codings of one document: unitizing agreement, alpha per variable
 * with bootstrap intervals for the matched claims, each for all passages, for the passages the
 * codebook uses as examples and for the others, and the list of every disagreement. Pure and
 * deterministic: the same codings and codebook give the same figures, to the last digit.
 */

import { bootstrapAlpha, krippendorffAlpha } from './alpha.ts';
import type { Claim, Coding } from './coding.ts';
import { type CodebookExamples, EXAMPLE_RULE, type ExampleGroup } from './exemplified.ts';
import {
  MATCH_RULE,
  type Match,
  matches,
  matchUnits,
  type UnitizingFigures,
  unitizing,
} from './units.ts';
import { showValue, VARIABLES, type Value, type Variable } from './variables.ts';

export const SUBSETS = ['all', 'exemplified', 'unexemplified'] as const;
export type Subset = (typeof SUBSETS)[number];

export interface StudyOptions {
  samples?: number;
  seed?: number;
  level?: number;
}

export interface VariableFigures {
  variable: string;
  label: string;
  subset: Subset;
  metric: string;
  /** Matched pairs in the subset where both codings have a value. */
  units: number;
  /** Share of those pairs with equal values (sets: equal sets). */
  agreement: number | null;
  alpha: number | null;
  low: number | null;
  high: number | null;
  /** Why alpha is missing or how to read it. */
  note?: string;
}

export interface UnitDisagreement {
  side: 'a' | 'b';
  id: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Claims of the other coding that overlap this one at all, in the same paragraph. */
  overlaps: string[];
}

/** A matched pair whose quotes start or end at different code points. */
export interface SpanDisagreement {
  a: string;
  b: string;
  paragraph: number;
  spanA: [number, number];
  spanB: [number, number];
}

export interface ValueDisagreement {
  variable: string;
  a: string;
  b: string;
  paragraph: number;
  valueA: string;
  valueB: string;
  exemplified: boolean;
}

export interface CodingSummary {
  label: string;
  coder?: string;
  codebookVersion?: string;
  blind?: boolean;
  codedAt?: string;
  claims: number;
}

export interface Study {
  document: string;
  codings: { a: CodingSummary; b: CodingSummary };
  method: {
    matching: string;
    unitizing: string;
    alpha: string;
    sets: string;
    bootstrap: { samples: number; seed: number; level: number; resampling: string };
    exemplified: string;
    codebookVersion: string | null;
  };
  unitizing: Record<Subset, UnitizingFigures>;
  variables: VariableFigures[];
  pairs: { a: string; b: string; paragraph: number; overlap: number }[];
  disagreements: {
    units: UnitDisagreement[];
    spans: SpanDisagreement[];
    values: ValueDisagreement[];
  };
}

/** The paragraphs each coding could quote: number → length in code points. */
export type QuotableParagraphs = ReadonlyMap<number, number>;

const round = (x: number | null, digits = 4): number | null =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

function exemplifiedFor(
  examples: CodebookExamples,
  document: string,
  group: ExampleGroup,
  claim: Claim,
  named: readonly Claim[],
): boolean {
  if (examples.document !== document) return false;
  const g = examples.groups[group];
  if (g.paragraphs.has(claim.paragraph)) return true;
  if (g.ids.has(claim.id)) return true;
  return named.some((n) => g.ids.has(n.id) && matches(claim, n));
}

/** Runs the study. `a` is the reference coding (its ids are those the codebook names). */
export function runStudy(
  a: Coding,
  b: Coding,
  quotable: QuotableParagraphs,
  examples: CodebookExamples,
  options: StudyOptions = {},
): Study {
  if (a.document !== b.document)
    throw new Error(`the codings are of different documents: ${a.document} and ${b.document}`);
  const boot = {
    samples: options.samples ?? 1000,
    seed: options.seed ?? 12,
    level: options.level ?? 0.95,
  };
  const named = [...a.claims, ...a.withdrawn, ...(a.named ?? [])];
  const isExemplified = (group: ExampleGroup, claim: Claim) =>
    exemplifiedFor(examples, a.document, group, claim, named);
  const { pairs, onlyA, onlyB } = matchUnits(a.claims, b.claims);

  // Unitizing, by paragraph: a paragraph is exemplified when a unit section names it or a claim in it.
  const unitParagraphs = new Set<number>();
  if (examples.document === a.document) {
    for (const n of examples.groups.unit.paragraphs) unitParagraphs.add(n);
    for (const c of named) if (examples.groups.unit.ids.has(c.id)) unitParagraphs.add(c.paragraph);
  }
  const pick = (keep: (n: number) => boolean) => new Map([...quotable].filter(([n]) => keep(n)));
  const unitizingFigures = {
    all: unitizing(a.claims, b.claims, quotable, boot),
    exemplified: unitizing(
      a.claims,
      b.claims,
      pick((n) => unitParagraphs.has(n)),
      boot,
    ),
    unexemplified: unitizing(
      a.claims,
      b.claims,
      pick((n) => !unitParagraphs.has(n)),
      boot,
    ),
  };
  for (const f of Object.values(unitizingFigures)) {
    f.f1 = round(f.f1);
    f.f1Interval = { low: round(f.f1Interval.low), high: round(f.f1Interval.high) };
    f.coverageAlpha = round(f.coverageAlpha);
  }

  const variables: VariableFigures[] = [];
  const values: ValueDisagreement[] = [];
  for (const v of VARIABLES) {
    for (const subset of SUBSETS) {
      const inSubset = (p: Match<Claim, Claim>) =>
        subset === 'all' || isExemplified(v.group, p.a) === (subset === 'exemplified');
      variables.push(figures(v, subset, pairs.filter(inSubset), a, b, boot));
    }
    for (const p of pairs) {
      const va = v.read(p.a);
      const vb = v.read(p.b);
      if (va === undefined || vb === undefined) continue;
      if (key(v, va) === key(v, vb)) continue;
      values.push({
        variable: v.name,
        a: p.a.id,
        b: p.b.id,
        paragraph: p.a.paragraph,
        valueA: showValue(va),
        valueB: showValue(vb),
        exemplified: isExemplified(v.group, p.a),
      });
    }
  }

  const overlapping = (c: Claim, others: readonly Claim[]) =>
    others
      .filter((o) => o.paragraph === c.paragraph && o.start < c.end && c.start < o.end)
      .map((o) => o.id);
  const units: UnitDisagreement[] = [
    ...onlyA.map((c) => unitDisagreement('a', c, overlapping(c, b.claims))),
    ...onlyB.map((c) => unitDisagreement('b', c, overlapping(c, a.claims))),
  ].sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || x.side.localeCompare(y.side));

  return {
    document: a.document,
    codings: { a: summary(a), b: summary(b) },
    method: {
      matching: MATCH_RULE,
      unitizing:
        'match F1 = 2 × matched / (claims of A + claims of B), interval by resampling paragraphs; coverage alpha = nominal alpha over code points of quotable paragraphs, quoted or not by each coder',
      alpha:
        "Krippendorff's alpha by the coincidence matrix (Krippendorff 2011), over matched claims",
      sets: 'set-valued variables (topic set, article and provision links) use the MASI distance (Passonneau 2006)',
      bootstrap: {
        ...boot,
        resampling:
          'percentile interval, matched claims resampled with replacement (mulberry32 PRNG)',
      },
      exemplified: EXAMPLE_RULE,
      codebookVersion: examples.version,
    },
    unitizing: unitizingFigures,
    variables,
    pairs: pairs.map((p) => ({
      a: p.a.id,
      b: p.b.id,
      paragraph: p.a.paragraph,
      overlap: p.overlap,
    })),
    disagreements: {
      units,
      spans: pairs
        .filter((p) => p.a.start !== p.b.start || p.a.end !== p.b.end)
        .map((p) => ({
          a: p.a.id,
          b: p.b.id,
          paragraph: p.a.paragraph,
          spanA: [p.a.start, p.a.end] as [number, number],
          spanB: [p.b.start, p.b.end] as [number, number],
        })),
      values,
    },
  };
}

function key(v: Variable, value: Value): string {
  return v.key ? v.key(value) : String(value);
}

function figures(
  v: Variable,
  subset: Subset,
  pairs: Match<Claim, Claim>[],
  a: Coding,
  b: Coding,
  boot: { samples: number; seed: number; level: number },
): VariableFigures {
  const base = { variable: v.name, label: v.label, subset, metric: v.metricLabel };
  const matrix: Value[][] = [];
  for (const p of pairs) {
    const va = v.read(p.a);
    const vb = v.read(p.b);
    if (va !== undefined && vb !== undefined) matrix.push([va, vb]);
  }
  if (matrix.length === 0) {
    const hasA = a.claims.some((c) => v.read(c) !== undefined);
    const hasB = b.claims.some((c) => v.read(c) !== undefined);
    const note =
      pairs.length === 0
        ? 'no matched claims in this subset'
        : !hasA && !hasB
          ? 'not coded: neither coding records it'
          : `not coded: only coding ${hasA ? 'A' : 'B'} records it`;
    return { ...base, units: 0, agreement: null, alpha: null, low: null, high: null, note };
  }
  const options = { metric: v.metric, ...(v.key ? { key: v.key } : {}) };
  const agree = matrix.filter(([x, y]) => key(v, x as Value) === key(v, y as Value)).length;
  const { alpha } = krippendorffAlpha(matrix, options);
  const interval = bootstrapAlpha(matrix, { ...options, ...boot });
  const distinct = new Set(matrix.flat().map((x) => key(v, x))).size;
  const note =
    alpha === null
      ? distinct <= 1
        ? `undefined: every value is ${showValue(matrix[0]?.[0])}, so there is no variation to agree on`
        : 'undefined'
      : matrix.length < 10
        ? `only ${matrix.length} matched claims: the interval is wide and the figure fragile`
        : undefined;
  return {
    ...base,
    units: matrix.length,
    agreement: round(agree / matrix.length),
    alpha: round(alpha),
    low: alpha === null ? null : round(interval.low),
    high: alpha === null ? null : round(interval.high),
    ...(note ? { note } : {}),
  };
}

function unitDisagreement(side: 'a' | 'b', c: Claim, overlaps: string[]): UnitDisagreement {
  return {
    side,
    id: c.id,
    paragraph: c.paragraph,
    start: c.start,
    end: c.end,
    text: c.text,
    overlaps,
  };
}

function summary(c: Coding): CodingSummary {
  return {
    label: c.label,
    ...(c.coder !== undefined ? { coder: c.coder } : {}),
    ...(c.codebookVersion !== undefined ? { codebookVersion: c.codebookVersion } : {}),
    ...(c.blind !== undefined ? { blind: c.blind } : {}),
    ...(c.codedAt !== undefined ? { codedAt: c.codedAt } : {}),
    claims: c.claims.length,
  };
}

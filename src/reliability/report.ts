/** The study as text for a terminal: the figures, and the list of disagreements to adjudicate. */

import type { CodingSummary, Study, Subset } from './study.ts';
import { SUBSETS } from './study.ts';

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(3));
const interval = (low: number | null, high: number | null) =>
  low === null || high === null ? '' : ` [${fmt(low)}, ${fmt(high)}]`;

function coding(side: string, c: CodingSummary): string {
  const facts = [
    c.coder !== undefined ? `coder ${c.coder}` : undefined,
    c.codebookVersion !== undefined ? `codebook ${c.codebookVersion}` : undefined,
    c.blind === undefined ? undefined : c.blind ? 'blind' : 'not blind',
    c.codedAt,
    `${c.claims} claims`,
  ].filter(Boolean);
  return `  ${side}  ${c.label} (${facts.join(', ')})`;
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] as number)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The figures: unitizing, then alpha per variable, for each subset of passages. */
export function formatFigures(study: Study): string {
  const { bootstrap } = study.method;
  const head = ['', ...SUBSETS.map((s) => s)];
  const unitRows = [
    head,
    [
      'matched claims (F1)',
      ...SUBSETS.map((s) => {
        const u = study.unitizing[s];
        return u.claimsA + u.claimsB === 0
          ? '–'
          : `${fmt(u.f1)}${interval(u.f1Interval.low, u.f1Interval.high)} ${u.matched}/${u.claimsA}+${u.claimsB}`;
      }),
    ],
    [
      'text quoted (coverage α)',
      ...SUBSETS.map((s: Subset) => fmt(study.unitizing[s].coverageAlpha)),
    ],
  ];
  const variableNames = [...new Set(study.variables.map((v) => v.variable))];
  const alphaRows = [
    head,
    ...variableNames.map((name) => {
      const of = study.variables.filter((v) => v.variable === name);
      return [
        `${of[0]?.label ?? name} (${of[0]?.metric})`,
        ...SUBSETS.map((s) => {
          const v = of.find((x) => x.subset === s);
          if (!v || v.units === 0) return v?.note?.startsWith('not coded') ? 'not coded' : 'n = 0';
          return v.alpha === null
            ? `undefined, ${fmt(v.agreement)} agree, n = ${v.units}`
            : `${fmt(v.alpha)}${interval(v.low, v.high)} n = ${v.units}`;
        }),
      ];
    }),
  ];
  const notes = [
    ...new Set(
      study.variables
        .filter((v) => v.subset === 'all' && v.note)
        .map((v) => `  ${v.label}: ${v.note}`),
    ),
  ];
  return [
    `Agreement on ${study.document}`,
    coding('A', study.codings.a),
    coding('B', study.codings.b),
    '',
    `Unitizing (${study.method.matching})`,
    table(unitRows),
    '',
    `Krippendorff's alpha on matched claims, ${bootstrap.level * 100}% bootstrap interval (${bootstrap.samples} samples, seed ${bootstrap.seed})`,
    table(alphaRows),
    ...(notes.length ? ['', 'Notes', ...notes] : []),
    '',
    `Exemplified: ${study.method.exemplified} (codebook ${study.method.codebookVersion ?? 'version unknown'}).`,
  ].join('\n');
}

/** Every disagreement, in text order: unit cuts, span boundaries, values. */
export function formatDisagreements(study: Study): string {
  const short = (id: string) => id.slice(id.lastIndexOf('.') + 1);
  const { units, spans, values } = study.disagreements;
  const lines = [
    `Disagreements: ${units.length} unit cut(s), ${spans.length} span boundar${spans.length === 1 ? 'y' : 'ies'}, ${values.length} value(s)`,
  ];
  for (const u of units)
    lines.push(
      `  cut    ¶${u.paragraph}  ${short(u.id)} only in ${u.side.toUpperCase()}${u.overlaps.length ? ` (overlaps ${u.overlaps.map(short).join(', ')})` : ''}: «${u.text}»`,
    );
  for (const s of spans)
    lines.push(
      `  span   ¶${s.paragraph}  ${short(s.a)} ${s.spanA.join('-')} | ${short(s.b)} ${s.spanB.join('-')}`,
    );
  for (const v of values)
    lines.push(
      `  ${v.variable.padEnd(16)} ¶${v.paragraph}  ${short(v.a)} ${v.valueA} | ${short(v.b)} ${v.valueB}${v.exemplified ? '  (codebook example)' : ''}`,
    );
  return lines.join('\n');
}

/** The figures as a Markdown table, for docs/reliability.md and the codebook (between their reliability markers). */
export function markdownFigures(study: Study): string {
  const two = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  const cell = (alpha: number | null, low: number | null, high: number | null, n: number) =>
    `${two(alpha)}${low === null || high === null ? '' : ` [${two(low)}, ${two(high)}]`} (n = ${n})`;
  const b = study.codings.b;
  const rows = [
    '| | all passages | codebook examples | not examples |',
    '|---|---|---|---|',
    `| claims cut alike (match F1; n = claims) | ${SUBSETS.map((s) => {
      const u = study.unitizing[s];
      return cell(u.f1, u.f1Interval.low, u.f1Interval.high, u.claimsA + u.claimsB);
    }).join(' | ')} |`,
    `| text quoted alike (coverage alpha) | ${SUBSETS.map((s) => two(study.unitizing[s].coverageAlpha)).join(' | ')} |`,
  ];
  for (const name of new Set(study.variables.map((v) => v.variable))) {
    const of = study.variables.filter((v) => v.variable === name);
    rows.push(
      `| ${of[0]?.label ?? name} (${of[0]?.metric}) | ${SUBSETS.map((s) => {
        const v = of.find((x) => x.subset === s);
        if (!v || v.units === 0)
          return v?.note?.startsWith('not coded') ? 'not coded' : 'no claims';
        return v.alpha === null
          ? `undefined: all ${v.units} agree on one value`
          : cell(v.alpha, v.low, v.high, v.units);
      }).join(' | ')} |`,
    );
  }
  return [
    `${study.document}: ${study.codings.a.label} (${study.codings.a.claims} claims) against coder ${b.coder ?? '?'} (${b.label}, codebook ${b.codebookVersion ?? '?'}, ${b.blind ? 'blind' : 'not blind'}, ${b.codedAt ?? 'undated'}, ${b.claims} claims). Krippendorff's alpha with ${study.method.bootstrap.level * 100}% bootstrap interval (${study.method.bootstrap.samples} samples, seed ${study.method.bootstrap.seed}); n = matched claims.`,
    '',
    ...rows,
  ].join('\n');
}

import type { Study } from '../../src/reliability/study.ts';
import { esc } from './html.ts';

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(2));

function cell(
  alpha: number | null,
  low: number | null,
  high: number | null,
  n: number,
  note?: string,
): string {
  if (n === 0)
    return `<td class="muted">${note?.startsWith('not coded') ? 'not coded' : 'no claims'}</td>`;
  if (alpha === null)
    return `<td class="muted" title="${esc(note ?? '')}">undefined <span class="n">n = ${n}</span></td>`;
  const ci =
    low === null || high === null ? '' : ` <span class="ci">[${fmt(low)}, ${fmt(high)}]</span>`;
  return `<td>${fmt(alpha)}${ci} <span class="n">n = ${n}</span></td>`;
}

/**
 * The overview's reliability table: for each published study, unitizing agreement and alpha per
 * variable with its interval, for all passages and split by whether the codebook uses them as
 * examples, and what the figures do not show.
 */
export function reliabilitySection(studies: readonly Study[]): string {
  if (studies.length === 0) return '';
  const tables = studies.map((s) => {
    const b = s.codings.b;
    const u = s.unitizing;
    const names = [...new Set(s.variables.map((v) => v.variable))];
    const rows = names.map((name) => {
      const of = s.variables.filter((v) => v.variable === name);
      const label = of[0]?.label ?? name;
      return `<tr><th scope="row">${esc(label)}</th>${(
        ['all', 'exemplified', 'unexemplified'] as const
      )
        .map((subset) => {
          const v = of.find((x) => x.subset === subset);
          return v ? cell(v.alpha, v.low, v.high, v.units, v.note) : '<td>–</td>';
        })
        .join('')}</tr>`;
    });
    const unit = `<tr><th scope="row">Claims cut alike (match F1; n = claims of both codings)</th>${(
      ['all', 'exemplified', 'unexemplified'] as const
    )
      .map((k) =>
        cell(u[k].f1, u[k].f1Interval.low, u[k].f1Interval.high, u[k].claimsA + u[k].claimsB),
      )
      .join('')}</tr>`;
    return `<table class="reliability" id="reliability-${esc(s.document)}">
<caption>${esc(s.document)}: this data's coding against coder ${esc(b.coder ?? '?')} (codebook ${esc(b.codebookVersion ?? '?')}, ${b.blind ? 'blind' : 'not blind'}, ${esc(b.codedAt ?? '')}). Krippendorff's alpha with ${s.method.bootstrap.level * 100}% bootstrap interval; n = matched claims.</caption>
<thead><tr><th scope="col">Variable</th><th scope="col">All passages</th><th scope="col">Codebook examples</th><th scope="col">Not examples</th></tr></thead>
<tbody>
${unit}
${rows.join('\n')}
</tbody>
</table>`;
  });
  return `<h2 id="reliability">Reliability</h2>
<p>How far an independent second coding agrees with this data. One document and two coders: the figures say how reproducible this coding of this speech is, not how the codebook will fare on other statements. The codebook's examples come from this same speech, so agreement on the passages it uses as examples is built in; the passages it does not use are the fairer test. Alpha of 0.8 or more supports conclusions; below 0.667, the variable is not reliable.</p>
${tables.join('\n')}`;
}

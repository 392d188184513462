import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/generated/types.ts';
import type { Study } from '../../src/reliability/study.ts';
import { fromRoot } from '../../tools/paths.ts';
import { overviewPage } from '../../tools/site/render.ts';

const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const { studies } = JSON.parse(
  readFileSync(fromRoot('data/reliability/irn-2025-hanoi.agreement.json'), 'utf8'),
) as { studies: Study[] };
const study = studies[0] as Study;

const rowOf = (html: string, label: string) =>
  new RegExp(`<tr><th scope="row">${label}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';

describe('the reliability table on the overview page', () => {
  const html = overviewPage(data, undefined, studies);

  it('has a row per variable and unitizing, with a column per subset of passages', () => {
    expect(html).toContain('<h2 id="reliability">Reliability</h2>');
    expect(html).toContain(
      '<th scope="col">All passages</th><th scope="col">Codebook examples</th><th scope="col">Not examples</th>',
    );
    const labels = [...new Set(study.variables.map((v) => v.label))];
    for (const label of ['Claims cut alike \\(match F1; n = claims of both codings\\)', ...labels])
      expect(rowOf(html, label).match(/<td/g)?.length, label).toBe(3);
  });

  it('shows the stance alpha and interval of each subset as the study gives them', () => {
    const stance = study.variables.filter((v) => v.variable === 'stance');
    const cells = rowOf(html, 'Stance value');
    for (const v of stance)
      expect(cells).toContain(
        `${v.alpha?.toFixed(2)} <span class="ci">[${v.low?.toFixed(2)}, ${v.high?.toFixed(2)}]</span> <span class="n">n = ${v.units}</span>`,
      );
  });

  it('says "not coded" rather than a figure for a variable no coding has', () => {
    expect(rowOf(html, 'Target kind')).toBe('<td class="muted">not coded</td>'.repeat(3));
  });

  it('says what the figures do not show', () => {
    expect(html).toMatch(/One document and two coders/);
    expect(html).toMatch(/examples come from this same speech/);
  });

  it('is left out when there is no study', () => {
    expect(overviewPage(data)).not.toContain('Reliability');
  });
});

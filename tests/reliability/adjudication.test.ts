import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// The adjudication record must answer every disagreement the study finds: a change to either
// coding that adds one fails here until the record decides it.
const record = readFileSync(fromRoot('data/reliability/irn-2025-hanoi.adjudication.md'), 'utf8');
const rows = record.split('\n').filter((l) => /^\| \d+ \|/.test(l));
const summary = JSON.parse(
  readFileSync(fromRoot('data/reliability/irn-2025-hanoi.agreement.json'), 'utf8'),
) as {
  studies: {
    disagreements: {
      units: { id: string }[];
      spans: { a: string; b: string }[];
      values: { variable: string; a: string; b: string }[];
    };
  }[];
};
// Coder A's file keeps the released positions under aNN ids; the record names them cNN.
const short = (id: string) => `\`${(id.split('.').pop() ?? id).replace(/^a(\d)/, 'c$1')}\``;

describe('the adjudication record of irn-2025-hanoi', () => {
  const [study] = summary.studies;

  it('has a decision, a rule and a codebook change on every row', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(cells, row).toHaveLength(9);
      expect(['a', 'b', 'neither'], row).toContain(cells[5]);
      expect(cells[6]?.length, row).toBeGreaterThan(10);
      expect(cells[7]?.length, row).toBeGreaterThan(5);
    }
  });

  it('decides every disagreement the study lists', () => {
    const d = study?.disagreements;
    expect(d).toBeDefined();
    for (const u of d?.units ?? [])
      expect(
        rows.some((r) => r.includes(short(u.id))),
        u.id,
      ).toBe(true);
    for (const pair of [...(d?.spans ?? []), ...(d?.values ?? [])])
      expect(
        rows.some((r) => r.includes(short(pair.a)) && r.includes(short(pair.b))),
        `${pair.a} / ${pair.b}`,
      ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../tools/publish/dataset.ts';
import { summary } from '../../tools/publish/summary.ts';
import { REAL_DATA } from '../helpers/data-dir.ts';

describe('the build summary', () => {
  const { dataset } = buildDataset(REAL_DATA);

  it('counts stances within each target kind, never across kinds', () => {
    if (!dataset) throw new Error('the real data does not build');
    const lines = summary(dataset).split('\n');
    const stanceLines = lines.filter((l) => l.trimStart().startsWith('stances'));
    const kinds = new Set(
      dataset.positions.filter((p) => p.status === 'active').map((p) => p.stance.target.kind),
    );
    expect(stanceLines).toHaveLength(kinds.size);
    for (const line of stanceLines) expect(line).toMatch(/^ {2}stances \((\w+)\): /);
    // c28's opposition is implied (stance.basis): shown apart, never added to the declared ones.
    expect(lines).toContain('  stances (provision): support 2, oppose 2; implied, apart: oppose 1');
  });
});

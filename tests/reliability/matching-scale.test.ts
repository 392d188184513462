// Claim matching at scale: the greedy one-to-one matching must give what sorting every candidate
// pair gives, without ever holding every pair (9,000 claims quoting one paragraph are 81 million
// pairs, which no heap holds).
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matches, matchUnits, overlapOf, type Span } from '../../src/reliability/units.ts';
import { fromRoot } from '../../tools/paths.ts';

/** The rule as the module documents it: every candidate pair, sorted, taken greedily. */
function reference(as: Span[], bs: Span[]): [number, number][] {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const all: { i: number; j: number; overlap: number; ratio: number }[] = [];
  as.forEach((a, i) => {
    bs.forEach((b, j) => {
      if (!matches(a, b)) return;
      const overlap = overlapOf(a, b);
      const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
      all.push({ i, j, overlap, ratio: overlap / union });
    });
  });
  all.sort(
    (x, y) =>
      y.overlap - x.overlap ||
      y.ratio - x.ratio ||
      cmp((as[x.i] as Span).id, (as[y.i] as Span).id) ||
      cmp((bs[x.j] as Span).id, (bs[y.j] as Span).id) ||
      x.i - y.i ||
      x.j - y.j,
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of all) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

const span = (prefix: string) =>
  fc
    .record({
      id: fc.integer({ min: 0, max: 5 }).map((n) => `${prefix}${n}`),
      paragraph: fc.integer({ min: 1, max: 3 }),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 30 }),
    })
    .map(({ id, paragraph, start, length }) => ({ id, paragraph, start, end: start + length }));

describe('matchUnits', () => {
  it('pairs exactly as sorting every candidate pair does, repeated ids included', () => {
    fc.assert(
      fc.property(
        fc.array(span('a'), { maxLength: 25 }),
        fc.array(span('b'), { maxLength: 25 }),
        (as, bs) => {
          const m = matchUnits(as, bs);
          const got = m.pairs
            .map((p) => [as.indexOf(p.a), bs.indexOf(p.b)] as [number, number])
            .sort((x, y) => x[0] - y[0]);
          expect(got).toEqual(reference(as, bs));
          expect(m.pairs.length + m.onlyA.length).toBe(as.length);
          expect(m.pairs.length + m.onlyB.length).toBe(bs.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches 3,000 claims against 3,000 in one paragraph in a 48 MB heap (9 million candidate pairs)', () => {
    // A process of its own, for its heap limit: listing the pairs would need some 700 MB.
    const script = `
      import { matchUnits } from ${JSON.stringify(fromRoot('src/reliability/units.ts'))};
      const claims = (p) => Array.from({ length: 3000 }, (_, i) => ({ id: p + String(i).padStart(5, '0'), paragraph: 2, start: 0, end: 100 }));
      const m = matchUnits(claims('a'), claims('b'));
      process.stdout.write(String(m.pairs.length));`;
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=48', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', cwd: fromRoot() },
    );
    expect(r.stderr).not.toMatch(/heap/i);
    expect(r.stdout).toBe('3000');
    expect(r.status).toBe(0);
  });
});

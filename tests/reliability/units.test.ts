import { describe, expect, it } from 'vitest';
import { matchUnits, unitizing } from '../../src/reliability/units.ts';

const span = (id: string, paragraph: number, start: number, end: number) => ({
  id,
  paragraph,
  start,
  end,
});
const boot = { samples: 200, seed: 1, level: 0.95 };

describe('matching claims by paragraph and quote span', () => {
  it('matches quotes that overlap by at least half of the shorter one', () => {
    const m = matchUnits([span('a1', 2, 0, 100)], [span('b1', 2, 40, 100)]);
    expect(m.pairs.map((p) => [p.a.id, p.b.id, p.overlap])).toEqual([['a1', 'b1', 60]]);
  });
  it('does not match quotes that overlap by less than half of the shorter one', () => {
    const m = matchUnits([span('a1', 2, 0, 100)], [span('b1', 2, 85, 125)]);
    expect(m.pairs).toEqual([]);
    expect(m.onlyA.map((x) => x.id)).toEqual(['a1']);
    expect(m.onlyB.map((x) => x.id)).toEqual(['b1']);
  });
  it('never matches across paragraphs, whatever the offsets', () => {
    expect(matchUnits([span('a1', 2, 0, 100)], [span('b1', 3, 0, 100)]).pairs).toEqual([]);
  });
  it('is one-to-one: a sentence split in two by one coder gives one match and one unmatched half', () => {
    const m = matchUnits([span('a1', 8, 0, 240)], [span('b1', 8, 0, 239), span('b2', 8, 11, 119)]);
    expect(m.pairs.map((p) => p.b.id)).toEqual(['b1']);
    expect(m.onlyB.map((x) => x.id)).toEqual(['b2']);
  });
  it('takes the largest overlap first, not the first claim in the list', () => {
    const m = matchUnits([span('a1', 2, 0, 60), span('a2', 2, 50, 120)], [span('b1', 2, 40, 120)]);
    expect(m.pairs.map((p) => [p.a.id, p.b.id])).toEqual([['a2', 'b1']]);
  });
});

describe('unitizing agreement', () => {
  it('is 1 (F1 and coverage) when the coders cut the same claims', () => {
    const a = [span('a1', 1, 0, 10), span('a2', 1, 12, 20)];
    const b = [span('b1', 1, 0, 10), span('b2', 1, 12, 20)];
    const f = unitizing(a, b, new Map([[1, 30]]), boot);
    expect([f.f1, f.coverageAlpha, f.matched]).toEqual([1, 1, 2]);
  });
  it('counts an extra claim against F1 even when it quotes text the other coder also quoted', () => {
    const a = [span('a1', 1, 0, 20)];
    const b = [span('b1', 1, 0, 20), span('b2', 1, 5, 10)];
    const f = unitizing(a, b, new Map([[1, 30]]), boot);
    expect(f.f1).toBeCloseTo(2 / 3);
    expect(f.coverageAlpha).toBe(1);
  });
  it('leaves out paragraphs that are not in scope', () => {
    const f = unitizing([span('a1', 1, 0, 5)], [span('b1', 2, 0, 5)], new Map([[1, 10]]), boot);
    expect([f.claimsA, f.claimsB, f.f1]).toEqual([1, 0, 0]);
  });
});

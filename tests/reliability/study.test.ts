import { describe, expect, it } from 'vitest';
import type { Claim, Coding } from '../../src/reliability/coding.ts';
import { codebookExamples } from '../../src/reliability/exemplified.ts';
import { runStudy } from '../../src/reliability/study.ts';

const claim = (
  id: string,
  paragraph: number,
  start: number,
  end: number,
  over: Partial<Claim> = {},
): Claim => ({
  id: `tst-2030-demo.${id}`,
  paragraph,
  start,
  end,
  text: 'x',
  stance: 'support',
  speechAct: 'assessment',
  topics: ['courtesy'],
  articles: [],
  legalForm: 'political_statement',
  ...over,
});
const coding = (claims: Claim[], withdrawn: Claim[] = []): Coding => ({
  label: 'x',
  document: 'tst-2030-demo',
  claims,
  withdrawn,
});
const quotable = new Map([
  [1, 100],
  [2, 100],
  [3, 100],
  [4, 100],
]);
const codebook = (text: string) => codebookExamples(`Examples from \`tst-2030-demo\`.\n\n${text}`);
const none = codebook('');
const fig = (s: ReturnType<typeof runStudy>, variable: string, subset = 'all') =>
  s.variables.find((v) => v.variable === variable && v.subset === subset);
const opts = { samples: 50 };

describe('the study, with the fields of codebook 2.0', () => {
  it('computes the target kind when both codings have it, and says which one lacks it otherwise', () => {
    const kinds = ['phenomenon', 'instrument', 'provision', 'actor'];
    const a = coding(kinds.map((k, i) => claim(`c0${i + 1}`, i + 1, 0, 50, { targetKind: k })));
    const b = coding(kinds.map((k, i) => claim(`b0${i + 1}`, i + 1, 0, 50, { targetKind: k })));
    expect(fig(runStudy(a, b, quotable, none, opts), 'targetKind')?.alpha).toBe(1);
    const plain = coding(kinds.map((_, i) => claim(`b0${i + 1}`, i + 1, 0, 50)));
    expect(fig(runStudy(a, plain, quotable, none, opts), 'targetKind')?.note).toBe(
      'not coded: only coding A records it',
    );
  });

  it('tells provision links from article links by paragraph and subparagraph', () => {
    const art = (paragraph?: number, subparagraph?: string) => ({
      instrument: 'unccc-2024',
      article: 14,
      ...(paragraph !== undefined ? { paragraph } : {}),
      ...(subparagraph !== undefined ? { subparagraph } : {}),
    });
    const a = coding([
      claim('c01', 1, 0, 50, { articles: [art(2)] }),
      claim('c02', 2, 0, 50, { articles: [art(3, 'a')] }),
      claim('c03', 3, 0, 50, { articles: [] }),
    ]);
    const b = coding([
      claim('b01', 1, 0, 50, { articles: [art(2)] }),
      claim('b02', 2, 0, 50, { articles: [art(3, 'b')] }),
      claim('b03', 3, 0, 50, { articles: [] }),
    ]);
    const s = runStudy(a, b, quotable, none, opts);
    expect(fig(s, 'articles')?.alpha).toBe(1);
    expect(fig(s, 'provisions')?.alpha).toBeLessThan(1);
    expect(s.disagreements.values.filter((d) => d.variable === 'provisions')).toEqual([
      expect.objectContaining({ valueA: '{unccc-2024:14(3)(a)}', valueB: '{unccc-2024:14(3)(b)}' }),
    ]);
  });

  it('compares only active claims: a tombstone is never a unit', () => {
    const a = coding([claim('c02', 1, 0, 50)], [claim('c01', 1, 0, 50)]);
    const b = coding([claim('b01', 1, 0, 50)]);
    const s = runStudy(a, b, quotable, none, opts);
    expect(s.pairs).toEqual([
      { a: 'tst-2030-demo.c02', b: 'tst-2030-demo.b01', paragraph: 1, overlap: 50 },
    ]);
    expect(s.disagreements.units).toEqual([]);
  });

  it('finds a recoded passage exemplified through the withdrawn id the codebook still names', () => {
    const a = coding(
      [claim('c28', 1, 0, 48, { stance: 'oppose' }), claim('c02', 2, 0, 50)],
      [claim('c01', 1, 0, 50)],
    );
    const b = coding([
      claim('b01', 1, 0, 50, { stance: 'oppose' }),
      claim('b02', 2, 0, 50, { stance: 'oppose' }),
    ]);
    const s = runStudy(a, b, quotable, codebook('### 5.1 Stance values\n\nExample: `c01`.'), opts);
    expect(fig(s, 'stance', 'exemplified')?.units).toBe(1);
    expect(fig(s, 'stance', 'unexemplified')?.units).toBe(1);
    expect(s.disagreements.values).toEqual([
      expect.objectContaining({ variable: 'stance', a: 'tst-2030-demo.c02', exemplified: false }),
    ]);
  });

  it('counts nothing as exemplified when the codebook takes its examples from another document', () => {
    const a = coding([claim('c01', 1, 0, 50)]);
    const b = coding([claim('b01', 1, 0, 50)]);
    const other = codebookExamples('Examples from `irn-2025-hanoi`.\n\n### `stance`\n\n`c01`.');
    expect(fig(runStudy(a, b, quotable, other, opts), 'stance', 'exemplified')?.units).toBe(0);
  });

  it('refuses to compare codings of two documents', () => {
    expect(() =>
      runStudy(coding([]), { ...coding([]), document: 'other-2030-x' }, quotable, none, opts),
    ).toThrow(/different documents/);
  });
});

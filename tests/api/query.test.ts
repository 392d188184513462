import { describe, expect, it } from 'vitest';
import {
  context,
  currentPositions,
  dataset,
  documents,
  findPositions,
  foldText,
  getActor,
  getDocument,
  getPosition,
  getTopic,
  paragraphs,
  positions,
  stanceMatrix,
  topics,
  withdrawn,
} from '../../src/index.ts';
import { indexes } from '../../src/indexes.ts';

const ODD = [
  '',
  ' ',
  '.*',
  '(',
  '[a-z]+',
  '\\',
  '%',
  '\u0000',
  'x'.repeat(100_000),
  '۱۴',
  'IRN ',
  'irn',
];
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('the exported data', () => {
  it('lists the claims in force in a stable order, document then id, and the withdrawn ones apart', () => {
    expect(positions.length).toBe(45);
    expect(positions.every((p) => p.status === 'active')).toBe(true);
    // Documents in the dataset's order (by the day they were delivered), ids in order within each.
    const documentOrder = documents.map((d) => d.id);
    const rank = (p: { id: string; document: string }) =>
      `${String(documentOrder.indexOf(p.document)).padStart(3, '0')} ${p.id}`;
    expect(positions.map(rank)).toEqual(positions.map(rank).sort());
    expect(documentOrder[0]).toBe('jam-2024-ga79');
    expect(withdrawn.length).toBe(13);
    expect(withdrawn.every((p) => p.status === 'withdrawn')).toBe(true);
    expect(ids(withdrawn)).toEqual([...ids(withdrawn)].sort());
    // Together they are every id: nothing was dropped by the split.
    expect([...ids(findPositions({ status: 'all' }))].sort()).toEqual(
      [...ids(positions), ...ids(withdrawn)].sort(),
    );
  });

  it('cannot be changed by one consumer under another', () => {
    const first = positions[0] as unknown as { id: string; topics: string[] };
    expect(() => {
      first.id = 'changed';
    }).toThrow(TypeError);
    expect(() => first.topics.push('x')).toThrow(TypeError);
    expect(() => (positions as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (documents[0] as unknown as { paragraphs: { text: string }[] }).paragraphs[0]!.text = '';
    }).toThrow(TypeError);
    expect(getPosition('irn-2025-hanoi.c01')?.id).toBe('irn-2025-hanoi.c01');
  });

  it('says which data it is', () => {
    // A release's version, or a build between releases: <next>-dev+<fingerprint>.
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+(-dev\+[0-9a-f]{8})?$/);
    expect(dataset.version.endsWith(`+${dataset.fingerprint.slice(0, 8)}`)).toBe(!dataset.released);
    expect(dataset.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(dataset.codebookVersion).toBe('3.2');
  });
});

describe('get helpers', () => {
  it('find a record by id', () => {
    expect(getPosition('irn-2025-hanoi.c37')?.articles[0]).toMatchObject({
      article: 14,
      relation: 'interprets',
      explicit: true,
    });
    expect(getDocument('irn-2025-hanoi')?.paragraphs).toHaveLength(17);
    expect(getActor('VNM')?.name.fa).toBe('ویتنام');
    expect(getTopic('unilateral-coercive-measures')?.parent).toBe('obstacles-to-cooperation');
  });

  it.each(ODD)('give undefined for an unknown or odd id (%j)', (id) => {
    expect(getPosition(id)).toBeUndefined();
    expect(getDocument(id)).toBeUndefined();
    expect(getActor(id)).toBeUndefined();
    expect(getTopic(id)).toBeUndefined();
    expect(context(id)).toBeUndefined();
    expect(paragraphs(id)).toEqual([]);
    expect(currentPositions(id)).toEqual([]);
  });

  it('give undefined, not an error, for a value that is not a string', () => {
    expect(getPosition(undefined as unknown as string)).toBeUndefined();
    expect(getActor(14 as unknown as string)).toBeUndefined();
  });

  it('resolve an active id to itself', () => {
    expect(ids(currentPositions('irn-2025-hanoi.c05'))).toEqual(['irn-2025-hanoi.c05']);
  });

  it('build their indexes once and reuse them', () => {
    getPosition('irn-2025-hanoi.c01');
    const first = indexes();
    findPositions({ topic: 'courtesy' });
    expect(indexes()).toBe(first);
  });
});

describe('findPositions', () => {
  it('with no filter gives every active position', () => {
    expect(findPositions()).toHaveLength(45);
    expect(findPositions({})).toEqual(positions.filter((p) => p.status === 'active'));
  });

  it('filters by actor, document, stance, speech act and paragraph', () => {
    expect(findPositions({ actor: 'IRN' })).toHaveLength(28);
    expect(ids(findPositions({ actor: 'VNM' }))).toEqual([
      'vnm-2025-ga80.c01',
      'vnm-2026-ga81.c01',
      'vnm-2026-ga81.c02',
    ]);
    expect(findPositions({ document: 'irn-2025-hanoi', paragraph: 2 }).map((p) => p.id)).toEqual([
      'irn-2025-hanoi.c01',
      'irn-2025-hanoi.c02',
    ]);
    expect(findPositions({ stance: 'conditional' })).toEqual([]);
    expect(ids(findPositions({ stance: 'conditional', status: 'withdrawn' }))).toEqual([
      'irn-2025-hanoi.c17',
    ]);
    expect(ids(findPositions({ speechAct: 'declaration', actor: 'IRN' }))).toEqual([
      'irn-2025-hanoi.c33',
      'irn-2025-hanoi.c38',
    ]);
    expect(ids(findPositions({ speechAct: 'commitment' }))).toEqual(['vnm-2026-ga81.c02']);
    expect(ids(findPositions({ targetKind: 'actor' }))).toEqual([
      'rou-2025-ga80.c05',
      'rou-2025-ga80.c06',
      'irn-2025-hanoi.c01',
      'irn-2025-hanoi.c02',
    ]);
  });

  it('includes the descendants of a topic', () => {
    const parent = ids(findPositions({ topic: 'international-cooperation' }));
    for (const child of ['obstacles-to-cooperation', 'unilateral-coercive-measures']) {
      for (const id of ids(findPositions({ topic: child }))) expect(parent).toContain(id);
    }
    expect(parent).toContain('irn-2025-hanoi.c14');
    expect(ids(findPositions({ topic: 'criminalization' }))).toEqual(
      expect.arrayContaining(['irn-2025-hanoi.c09', 'irn-2025-hanoi.c37']),
    );
  });

  it('finds an article by number (the Convention) or by instrument', () => {
    expect(findPositions({ article: 54 })).toEqual(
      findPositions({ article: { instrument: 'unccc-2024', article: 54 } }),
    );
    expect(ids(findPositions({ article: { instrument: 'opsc-2000', article: 2 } }))).toEqual([
      'irn-2025-hanoi.c35',
    ]);
    expect(findPositions({ article: 54 }).length).toBe(4);
  });

  it('finds a provision in every form, and an article with all its paragraphs', () => {
    const para3 = ids(findPositions({ article: '14(3)' }));
    expect(para3).toEqual([
      'irn-2025-hanoi.c33',
      'irn-2025-hanoi.c34',
      'irn-2025-hanoi.c35',
      'irn-2025-hanoi.c38',
    ]);
    expect(ids(findPositions({ article: '14(2)' }))).toEqual(['irn-2025-hanoi.c38']);
    for (const form of [
      '14.3',
      'unccc-2024:14(3)',
      'art. 14(3)',
      { article: 14, paragraph: 3 },
      { instrument: 'unccc-2024', article: 14, paragraph: 3 },
    ])
      expect(ids(findPositions({ article: form })), JSON.stringify(form)).toEqual(para3);
    const whole = ids(findPositions({ article: 14 }));
    for (const id of para3) expect(whole).toContain(id);
    expect(whole).toContain('irn-2025-hanoi.c37');
    expect(ids(findPositions({ article: '1(b)' }))).toEqual(['irn-2025-hanoi.c29']);
    expect(ids(findPositions({ article: 1 }))).toEqual([
      'irn-2025-hanoi.c29',
      'irn-2025-hanoi.c30',
      'irn-2025-hanoi.c31',
    ]);
    expect(ids(findPositions({ article: 'opsc-2000:2(c)' }))).toEqual(['irn-2025-hanoi.c35']);
    expect(findPositions({ article: '14(4)' })).toEqual([]);
  });

  it('never reports opposition to article 14 as a whole', () => {
    const opposing = findPositions({ article: 14, stance: 'oppose' });
    expect(opposing.length).toBeGreaterThan(0);
    for (const p of opposing) {
      const { kind, ref } = p.stance.target;
      expect(['provision', 'phenomenon'], p.id).toContain(kind);
      if (kind === 'provision') expect(ref?.paragraph, p.id).toBe(3);
      for (const a of p.articles) if (a.relation === 'opposes') expect(a.paragraph, p.id).toBe(3);
    }
  });

  it('combines filters: all must match', () => {
    const both = findPositions({ topic: 'child-sexual-exploitation', stance: 'support' });
    expect(ids(both)).toEqual(['irn-2025-hanoi.c22', 'irn-2025-hanoi.c37', 'irn-2025-hanoi.c38']);
    expect(
      findPositions({
        actor: 'IRN',
        stance: 'support',
        targetKind: 'provision',
        article: 14,
        speechAct: 'interpretation',
        paragraph: 16,
      }),
    ).toHaveLength(1);
  });

  it('finds Persian text however it is typed', () => {
    const variants = ['بین‌المللی', 'بین المللی', 'بينالمللي', 'بین‌الـمللی'];
    const expected = ids(findPositions({ text: 'بین المللی' }));
    expect(expected.length).toBeGreaterThan(0);
    for (const v of variants) expect(ids(findPositions({ text: v })), v).toEqual(expected);
    expect(ids(findPositions({ text: 'ماده 14' }))).toEqual(['irn-2025-hanoi.c37']);
    expect(ids(findPositions({ text: 'ماده ۱۴' }))).toEqual(['irn-2025-hanoi.c37']);
    expect(ids(findPositions({ text: 'ابراز می‌دارم' }))).toEqual(['irn-2025-hanoi.c01']);
    expect(ids(findPositions({ text: 'كارتون' }))).toEqual(['irn-2025-hanoi.c35']); // Arabic kaf
  });

  it('finds English text in the translations, in any case', () => {
    expect(ids(findPositions({ text: 'ZERO-TOLERANCE' }))).toEqual(['irn-2025-hanoi.c22']);
    expect(ids(findPositions({ text: 'transfer of technology' }))).toEqual(['irn-2025-hanoi.c19']);
  });

  it('gives [] for values that exist but that no position has', () => {
    expect(findPositions({ article: 40 })).toEqual([]);
    expect(findPositions({ document: 'irn-2025-hanoi', paragraph: 1 })).toEqual([]);
    expect(findPositions({ status: 'withdrawn', topic: 'courtesy' })).toEqual([]);
  });

  it.each(ODD)('takes odd text literally and never throws (%j)', (text) => {
    const found = findPositions({ text });
    const folded = foldText(text);
    if (folded === '') expect(found).toHaveLength(45);
    else
      for (const p of found)
        expect(
          [foldText(p.quote.text), foldText(p.translation.en)].some((t) => t.includes(folded)),
        ).toBe(true);
  });

  it.each(ODD)('gives a TypeError for an odd id or closed value (%j)', (value) => {
    for (const key of ['actor', 'document', 'topic'] as const)
      expect(() => findPositions({ [key]: value } as never)).toThrow(TypeError);
    for (const key of ['stance', 'speechAct', 'status'] as const)
      expect(() => findPositions({ [key]: value } as never)).toThrow(TypeError);
    expect(() => findPositions({ article: value as unknown as number })).toThrow(TypeError);
    expect(() => findPositions({ article: { instrument: value, article: 14 } })).toThrow(TypeError);
    expect(() => findPositions({ paragraph: value as unknown as number })).toThrow(TypeError);
  });

  it('returns arrays a consumer cannot change', () => {
    const found = findPositions({ topic: 'courtesy' });
    expect(() => (found as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(findPositions({ topic: 'courtesy' })).toHaveLength(2);
  });
});

describe('paragraphs and context', () => {
  it('gives each paragraph with its text, role and translation', () => {
    const list = paragraphs('irn-2025-hanoi');
    expect(list.map((p) => p.n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(list[0]?.role).toBe('lede');
    expect(list[16]?.role).toBe('narration');
    expect(list[1]?.translation.en).toMatch(/^On behalf of the Islamic Republic of Iran/);
  });

  it('puts every claim back inside its paragraph', () => {
    for (const p of positions) {
      const c = context(p.id);
      expect(c?.quote).toBe(p.quote.text);
      expect(`${c?.before}${c?.quote}${c?.after}`).toBe(c?.paragraph.text);
    }
    expect(context('irn-2025-hanoi.c02')?.after).toBe('.');
  });
});

describe('stanceMatrix', () => {
  it('counts the stances of each actor on each topic', () => {
    const m = stanceMatrix();
    expect(Object.keys(m)).toEqual(['JAM', 'KOR', 'VNM', 'ROU', 'IRN', 'RUS']);
    expect(m.ROU?.['convention-assessment']).toEqual({ instrument: { support: 2 } });
    expect(m.KOR).toEqual({ 'negotiation-process': { process: { neutral: 1 } } });
    expect(m.IRN?.['child-sexual-exploitation']).toEqual({
      phenomenon: { oppose: 3 },
      provision: { oppose: 2, support: 1 },
      policy: { support: 2 },
    });
    expect(m.IRN?.['technical-assistance']).toEqual({ policy: { support: 1 } });
    expect(m.IRN?.['digital-divide']).toEqual({
      provision: { support: 1 },
      phenomenon: { support: 1 },
    });
    expect(m.IRN?.['unilateral-coercive-measures']).toEqual({ policy: { oppose: 3 } });
  });

  const total = (m: ReturnType<typeof stanceMatrix>) => {
    let n = 0;
    for (const kinds of Object.values(m.IRN ?? {}))
      for (const counts of Object.values(kinds))
        for (const k of Object.values(counts ?? {})) n += k ?? 0;
    return n;
  };

  it('counts primary topics only when asked, so each position counts once', () => {
    // 28 active positions: 27 explicit stances by default, the implied one (c28) only with 'all'.
    expect(total(stanceMatrix({ primaryOnly: true }))).toBe(27);
    expect(total(stanceMatrix({ primaryOnly: true, basis: 'all' }))).toBe(28);
  });

  it('counts implied stances only when asked, and then apart or together', () => {
    const implied = stanceMatrix({ basis: 'implied' });
    expect(implied.IRN).toEqual({
      'negotiation-process': { provision: { oppose: 1 } },
      'convention-assessment': { provision: { oppose: 1 } },
    });
    expect(stanceMatrix().IRN?.['negotiation-process']).toEqual({ policy: { support: 1 } });
    expect(stanceMatrix({ basis: 'all' }).IRN?.['convention-assessment']).toEqual({
      instrument: { support: 3 },
      provision: { oppose: 1 },
    });
    expect(stanceMatrix({ basis: 'explicit' })).toEqual(stanceMatrix());
    expect(stanceMatrix({ basis: null })).toEqual(stanceMatrix());
    expect(total(stanceMatrix({ basis: 'explicit', primaryOnly: true })) + 1).toBe(
      total(stanceMatrix({ basis: 'all', primaryOnly: true })),
    );
  });

  it('refuses a basis it does not know', () => {
    expect(() => stanceMatrix({ basis: 'implicit' as never })).toThrow(
      /basis "implicit" is not one of "explicit", "implied", "all"/,
    );
  });

  it('names only topics that exist', () => {
    const known = new Set(topics.map((t) => t.id));
    for (const topic of Object.keys(stanceMatrix().IRN ?? {})) expect(known.has(topic)).toBe(true);
  });
});

describe('findPositions against a plain filter over every position', () => {
  const naive = (f: import('../../src/index.ts').PositionFilter) =>
    positions.filter((p) => {
      if ((f.status ?? 'active') !== 'all' && p.status !== (f.status ?? 'active')) return false;
      if (f.actor !== undefined && p.actor !== f.actor) return false;
      if (f.document !== undefined && p.document !== f.document) return false;
      if (f.stance !== undefined && p.stance.value !== f.stance) return false;
      if (f.speechAct !== undefined && p.speechAct !== f.speechAct) return false;
      if (f.paragraph !== undefined && p.paragraph !== f.paragraph) return false;
      if (f.topic !== undefined) {
        const within = (t: string | undefined): boolean =>
          t !== undefined && (t === f.topic || within(getTopic(t)?.parent));
        if (!p.topics.some(within)) return false;
      }
      if (f.targetKind !== undefined && p.stance.target.kind !== f.targetKind) return false;
      if (f.article !== undefined) {
        // The model reads the written forms itself: 14, '14', 'opsc-2000:2', '14(3)', '1(b)'.
        const written = /^(?:([a-z0-9-]+):)?([0-9]+)(?:\(([0-9]+)\))?(?:\(([a-z])\))?$/.exec(
          String(f.article),
        );
        const ref = (
          typeof f.article === 'object'
            ? f.article
            : {
                instrument: written?.[1],
                article: Number(written?.[2]),
                paragraph: written?.[3] === undefined ? undefined : Number(written[3]),
                subparagraph: written?.[4],
              }
        ) as {
          instrument?: string;
          article: number;
          paragraph?: number;
          subparagraph?: string;
        };
        if (
          !p.articles.some(
            (a) =>
              a.instrument === (ref.instrument ?? 'unccc-2024') &&
              a.article === ref.article &&
              (ref.paragraph === undefined || a.paragraph === ref.paragraph) &&
              (ref.subparagraph === undefined || a.subparagraph === ref.subparagraph),
          )
        )
          return false;
      }
      return true;
    });

  it('agrees on every combination of fields, composite indexes included', async () => {
    const fc = (await import('fast-check')).default;
    const opt = <T>(arb: import('fast-check').Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const filter = fc.record({
      actor: opt(fc.constantFrom('IRN', 'VNM')),
      document: opt(fc.constantFrom('irn-2025-hanoi')),
      stance: opt(
        fc.constantFrom(
          'support',
          'oppose',
          'conditional',
          'mixed',
          'neutral',
        ) as import('fast-check').Arbitrary<'support'>,
      ),
      speechAct: opt(
        fc.constantFrom(
          'assessment',
          'demand',
          'declaration',
          'report',
        ) as import('fast-check').Arbitrary<'demand'>,
      ),
      targetKind: opt(
        fc.constantFrom(
          'phenomenon',
          'policy',
          'provision',
          'instrument',
          'actor',
        ) as import('fast-check').Arbitrary<'policy'>,
      ),
      topic: opt(fc.constantFrom(...topics.map((t) => t.id))),
      article: opt(
        fc.constantFrom<
          | number
          | string
          | {
              instrument?: string;
              article: number;
              paragraph?: number;
              subparagraph?: string;
            }
        >(
          14,
          54,
          '14',
          'unccc-2024:14',
          'opsc-2000:2',
          '14(3)',
          '1(b)',
          { article: 14 },
          { article: 54 },
          { article: 2 },
          { article: 1 },
          { article: 14, paragraph: 3 },
          { article: 1, subparagraph: 'b' },
          { instrument: 'opsc-2000', article: 2 },
          { instrument: 'opsc-2000', article: 2, subparagraph: 'c' },
        ),
      ),
      paragraph: opt(fc.integer({ min: 1, max: 17 })),
    });
    fc.assert(
      fc.property(filter, (f) => {
        const clean = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
        expect(ids(findPositions(clean))).toEqual(ids(naive(clean)));
      }),
      { numRuns: 500 },
    );
  });
});

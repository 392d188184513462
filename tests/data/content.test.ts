import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOSED_VOCABULARIES } from '../../src/schema/vocabularies.ts';
import { validateDataDir } from '../../src/validate/index.ts';
import { fromRoot } from '../../tools/paths.ts';
import { compileDataset } from '../../tools/publish/compile.ts';
import { buildDataset } from '../../tools/publish/dataset.ts';
import { changesMarkdown, changesSince } from '../../tools/publish/release-record.ts';

const { context, problems } = validateDataDir(fromRoot('data'));
const body = compileDataset(context);
const codebook = readFileSync(fromRoot('data/CODEBOOK.md'), 'utf8');
const defined = new Set([...codebook.matchAll(/^#### `([^`]+)`$/gm)].map((m) => m[1]));
const released = JSON.parse(readFileSync(fromRoot('data/released-ids.json'), 'utf8')) as {
  ids: { id: string; kind: string; since: string; quote?: string }[];
};

describe('the Hanoi statement', () => {
  const doc = body.documents.find((d) => d.id === 'irn-2025-hanoi');
  // Every claim of the statement, in force or withdrawn: the checks below hold for tombstones too.
  const positions = [...body.positions, ...body.withdrawn].filter(
    (p) => p.document === 'irn-2025-hanoi',
  );
  const active = positions.filter((p) => p.status === 'active');

  it('is valid', () => {
    expect(problems).toEqual([]);
    expect(doc).toBeDefined();
  });

  it('is anchored to the source as received, byte for byte', () => {
    const shared = fromRoot('../shared/sources/yjc-9018422-jalalzadeh-hanoi-2025.fa.txt');
    const ours = readFileSync(fromRoot('data/sources/yjc-9018422-jalalzadeh-hanoi-2025.fa.txt'));
    if (existsSync(shared)) expect(ours.equals(readFileSync(shared))).toBe(true);
    expect(doc?.source.sha256).toBe(
      '306ec8edd6f94ce7111ed98429d89dc1e1a153a868c3360a8446f643200d1c95',
    );
    expect(doc?.paragraphs).toHaveLength(17);
  });

  it("marks YJC's lead-in and closing report as the publisher's, everything between as speech", () => {
    expect(doc?.paragraphs.map((p) => p.role)).toEqual([
      'lede',
      ...Array<string>(15).fill('speech'),
      'narration',
    ]);
  });

  it('has at least one position for every speech paragraph', () => {
    const speech = doc?.paragraphs.filter((p) => p.role === 'speech').map((p) => p.n) ?? [];
    for (const n of speech)
      expect(
        positions.some((p) => p.paragraph === n),
        `paragraph ${n}`,
      ).toBe(true);
  });

  it('never quotes the lead-in or the narration', () => {
    for (const p of positions) expect(doc?.paragraphs[p.paragraph - 1]?.role, p.id).toBe('speech');
  });

  it('attributes every position to Iran, as a political statement', () => {
    for (const p of positions) {
      expect(p.actor).toBe('IRN');
      expect(p.legalForm).toBe('political_statement');
    }
  });

  it('translates every quote and every paragraph', () => {
    for (const p of positions) expect(p.translation.en.trim().length, p.id).toBeGreaterThan(0);
    for (const p of doc?.paragraphs ?? [])
      expect(p.translation.en.trim().length).toBeGreaterThan(0);
  });

  it('records each typo as a sic note with a different reading, never by editing the text', () => {
    const sics = doc?.paragraphs.flatMap((p) => p.sic.map((s) => ({ ...s, n: p.n }))) ?? [];
    expect(sics.map((s) => s.text)).toEqual(
      expect.arrayContaining(['پناسیلهای', 'قدرانی', 'تسیهل', 'امرور', 'تصنوعی', 'سایبر اشکال']),
    );
    for (const s of sics) {
      expect(s.reading).not.toBe(s.text);
      expect(doc?.paragraphs[s.n - 1]?.text).toContain(s.text);
    }
  });

  it('links the article 14 passages to article 14 and the assistance passages to article 54', () => {
    const articlesOf = (n: number) =>
      active.filter((p) => p.paragraph === n).flatMap((p) => p.articles.map((a) => a.article));
    for (const n of [13, 14, 15, 16]) expect(articlesOf(n), `paragraph ${n}`).toContain(14);
    for (const n of [10, 11, 12]) expect(articlesOf(n), `paragraph ${n}`).toContain(54);
    const named = active.filter((p) => p.articles.some((a) => a.explicit));
    expect(named.map((p) => p.id)).toEqual(['irn-2025-hanoi.c37']);
  });

  it('never reads as opposition to article 14: only to its paragraph 3, or to a harm', () => {
    const opposing = active.filter(
      (p) => p.stance.value === 'oppose' && p.articles.some((a) => a.article === 14),
    );
    expect(opposing.length).toBeGreaterThan(0);
    for (const p of opposing) {
      const { kind, ref } = p.stance.target;
      if (kind === 'provision') expect(ref?.paragraph, p.id).toBe(3);
      else expect(kind, p.id).toBe('phenomenon');
      for (const a of p.articles.filter((x) => x.relation === 'opposes'))
        expect(a.paragraph, p.id).toBe(3);
    }
    const wide = active.find((p) => p.id === 'irn-2025-hanoi.c37');
    expect(wide?.stance).toMatchObject({ value: 'support', target: { kind: 'provision' } });
    expect(wide?.interpretativeInSubstance).toBe(true);
  });

  it('opposes no whole article whose paragraphs are registered', () => {
    const paragraphed = new Set(
      body.instruments.flatMap((i) =>
        i.articles.filter((a) => a.paragraphs?.length).map((a) => `${i.id}:${a.number}`),
      ),
    );
    for (const p of active) {
      for (const a of p.articles)
        if (a.relation === 'opposes' || a.relation === 'seeks_amendment')
          expect(
            a.paragraph !== undefined || !paragraphed.has(`${a.instrument}:${a.article}`),
            `${p.id} ${a.instrument}:${a.article}`,
          ).toBe(true);
      const ref = p.stance.target.ref;
      if (p.stance.value === 'oppose' && ref?.type === 'instrument' && ref.article !== undefined)
        expect(
          ref.paragraph !== undefined || !paragraphed.has(`${ref.id}:${ref.article}`),
          p.id,
        ).toBe(true);
    }
  });

  it('keeps every 0.1.0 id: active, or withdrawn with successors that lead to active ones', () => {
    const byId = new Map(positions.map((p) => [p.id, p]));
    const first = released.ids.filter((e) => e.kind === 'position' && e.since === '0.1.0');
    expect(first).toHaveLength(27);
    // A successor may itself be withdrawn later (c26 -> c36 -> c38): follow the chain.
    const leadsToActive = (id: string, seen = new Set<string>()): boolean => {
      const p = byId.get(id);
      if (!p || seen.has(id)) return false;
      seen.add(id);
      if (p.status === 'active') return true;
      const next = p.withdrawal?.supersededBy ?? [];
      return next.length > 0 && next.every((n) => leadsToActive(n, seen));
    };
    for (const e of first) {
      expect(byId.get(e.id), e.id).toBeDefined();
      expect(leadsToActive(e.id), e.id).toBe(true);
    }
    expect(byId.get('irn-2025-hanoi.c26')?.withdrawal?.supersededBy).toEqual([
      'irn-2025-hanoi.c36',
    ]);
    expect(byId.get('irn-2025-hanoi.c36')?.withdrawal?.supersededBy).toEqual([
      'irn-2025-hanoi.c38',
    ]);
  });

  it('says that the delivered text is not known', () => {
    expect(doc?.deliveredText.status).toBe('unknown');
  });

  it('does not state the delivery day as fact', () => {
    expect(doc?.delivered).toMatchObject({
      earliest: '2025-10-25',
      latest: '2025-10-26',
      confirmed: false,
    });
  });
});

describe('the codebook', () => {
  it('has the version the vocabularies say', () => {
    expect(codebook).toContain(`Codebook version: ${body.vocabularies.codebookVersion}`);
  });

  it('defines, with a rule and an example, every value of every closed list', () => {
    for (const [name, schema] of Object.entries(CLOSED_VOCABULARIES)) {
      for (const value of schema.options) expect(defined.has(value), `${name} ${value}`).toBe(true);
    }
  });

  it('defines every topic', () => {
    for (const t of body.topics) expect(defined.has(t.id), t.id).toBe(true);
  });

  it('defines every topic, speech act and stance value the data uses', () => {
    for (const p of body.positions) {
      for (const t of p.topics) expect(defined.has(t), `${p.id} topic ${t}`).toBe(true);
      expect(defined.has(p.speechAct), `${p.id} ${p.speechAct}`).toBe(true);
      expect(defined.has(p.stance.value), `${p.id} ${p.stance.value}`).toBe(true);
    }
  });

  const sections = codebook
    .split(/^#### /m)
    .slice(1)
    .map((s) => s.split(/^##+ /m)[0] ?? s);

  it('gives every value and topic a rule, a boundary and an example (or the nearest passage)', () => {
    expect(sections.length).toBeGreaterThan(50);
    for (const section of sections) {
      const name = section.split('\n')[0];
      expect(section, name).toMatch(/^Rule: /m);
      expect(section, name).toMatch(/^Boundary: /m);
      expect(section, name).toMatch(/^(Example|Nearest passage): /m);
    }
  });

  it('cites only positions that exist, and cites withdrawn ones only as the wrong side of a contrast', () => {
    const byId = new Map(
      [...body.positions, ...body.withdrawn].map((p) => [p.id.split('.').pop(), p]),
    );
    for (const [cited] of codebook.matchAll(/`c\d{2,}`/g)) {
      const id = cited.slice(1, -1);
      expect(byId.has(id), cited).toBe(true);
    }
    for (const line of codebook.split('\n'))
      for (const [cited] of line.matchAll(/`c\d{2,}`/g))
        if (byId.get(cited.slice(1, -1))?.status === 'withdrawn')
          expect(line, cited).toMatch(/withdrawn|Contrast/);
  });

  it('lists every finding of the 0.1.0 review in its change log', () => {
    const log = codebook.split('## 11. Change log')[1] ?? '';
    const findings = [
      'B1',
      'C1',
      'C2',
      'C3',
      'C4',
      'AT2',
      'S1',
      'S2',
      'S3',
      'S4',
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'SN1',
      'SN2',
      'SN3',
      'SN4',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
      'D9',
      'K1',
      'K2',
      'K3',
      'K4',
      'K5',
      'K6',
      'K7',
      'K8',
      'K9',
      'K10',
    ];
    for (const f of findings) expect(log, f).toMatch(new RegExp(`^\\| ${f}[ ,]`, 'm'));
  });
});

describe('the record of released ids', () => {
  const recorded = new Map(
    released.ids.filter((e) => e.kind === 'position').map((e) => [e.id, e.quote]),
  );
  const unreleased = [...body.positions, ...body.withdrawn]
    .filter((p) => !recorded.has(p.id))
    .map((p) => p.id);

  it('holds every position released so far, with the words it quoted', () => {
    const positions = new Map(
      [...body.positions, ...body.withdrawn].map((p) => [p.id, p.quote.text]),
    );
    for (const [id, quote] of recorded) expect(positions.get(id), id).toBe(quote);
  });

  // Positions coded since the last release wait in the data for the next one: until then the
  // build is not a release, and CHANGES.md names each of them as an unreleased addition.
  it('holds every position of a release; a later one is listed as unreleased in CHANGES.md', () => {
    const { dataset, record } = buildDataset(fromRoot('data'));
    if (!dataset || !record) throw new Error('data/ does not build');
    if (dataset.__meta.released) {
      expect(unreleased).toEqual([]);
      return;
    }
    const changes = changesSince(record, dataset);
    expect(changes.added.filter((e) => e.kind === 'position').map((e) => e.id)).toEqual(unreleased);
    const text = changesMarkdown(changes);
    expect(text).toMatch(/^# Unreleased changes since /);
    const added = text.split(/^## Added$/m)[1]?.split(/^## /m)[0] ?? '';
    for (const id of unreleased) expect(added, id).toContain(`- position \`${id}\``);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/publish/compile.ts';
import { CLOSED_VOCABULARIES } from '../../src/schema/vocabularies.ts';
import { fromRoot } from '../../src/tooling/paths.ts';
import { validateDataDir } from '../../src/validate/index.ts';

const { context, problems } = validateDataDir(fromRoot('data'));
const body = compileDataset(context);
const codebook = readFileSync(fromRoot('data/CODEBOOK.md'), 'utf8');
const defined = new Set([...codebook.matchAll(/^#### `([^`]+)`$/gm)].map((m) => m[1]));
const released = JSON.parse(readFileSync(fromRoot('data/released-ids.json'), 'utf8')) as {
  ids: { id: string; kind: string; quote?: string }[];
};

describe('the Hanoi statement', () => {
  const doc = body.documents.find((d) => d.id === 'irn-2025-hanoi');
  const positions = body.positions.filter((p) => p.document === 'irn-2025-hanoi');

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
      positions.filter((p) => p.paragraph === n).flatMap((p) => p.articles.map((a) => a.article));
    for (const n of [13, 14, 15, 16]) expect(articlesOf(n), `paragraph ${n}`).toContain(14);
    for (const n of [10, 11, 12]) expect(articlesOf(n), `paragraph ${n}`).toContain(54);
    const named = positions.filter((p) => p.articles.some((a) => a.explicit));
    expect(named.map((p) => p.id)).toEqual(['irn-2025-hanoi.c27']);
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

  it('gives an example for each definition (a position id, or the nearest passage)', () => {
    const sections = codebook.split(/^#### /m).slice(1);
    for (const section of sections)
      expect(section, section.split('\n')[0]).toMatch(/Example|Nearest passage/);
  });
});

describe('the record of released ids', () => {
  it('holds every position with the words it quotes', () => {
    const record = new Map(
      released.ids.filter((e) => e.kind === 'position').map((e) => [e.id, e.quote]),
    );
    for (const p of body.positions) expect(record.get(p.id), p.id).toBe(p.quote.text);
  });
});

import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../src/validate/index.ts';
import { compileDataset, withMeta } from '../../tools/publish/compile.ts';
import { fingerprint, sortedJson } from '../../tools/publish/fingerprint.ts';
import { applyEdit, copyDataDir, REAL_DATA } from '../helpers/data-dir.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function build(dir: string) {
  const { problems, context } = validateDataDir(dir);
  expect(problems).toEqual([]);
  return compileDataset(context);
}

describe('compileDataset', () => {
  it('gives every real quote the code point offsets of its words in its paragraph', () => {
    const body = build(REAL_DATA);
    expect(body.positions.length).toBeGreaterThan(0);
    for (const p of body.positions) {
      const doc = body.documents.find((d) => d.id === p.document);
      const paragraph = doc?.paragraphs.find((a) => a.n === p.paragraph)?.text ?? '';
      expect([...paragraph].slice(p.quote.start, p.quote.end).join(''), p.id).toBe(p.quote.text);
    }
  });

  it('counts code points, not UTF-16 units, before a quote', () => {
    const dir = copyDataDir();
    made.push(dir);
    // An astral character (two UTF-16 units, one code point) before the quoted words.
    const text =
      'خبرگزاری نمونه - متن سخنرانی به شرح زیر است:\n\n𝟙 ما از میزبان قدردانی میکنیم. همکاری بین المللی ضروری است و همکاری بین المللی موثر است.\n\nدر این مراسم نمایندگان کشورها کنوانسیون را امضا کردند.';
    mkdirSync(join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'sources/demo.fa.txt'), text);
    const sha256 = createHash('sha256').update(text).digest('hex');
    applyEdit(dir, { file: 'documents/tst-2025-demo.json', set: '/source/sha256', value: sha256 });
    const body = build(dir);
    const first = body.positions[0];
    expect(first?.quote).toEqual({
      text: 'ما از میزبان قدردانی میکنیم',
      start: 2,
      end: 2 + [...'ما از میزبان قدردانی میکنیم'].length,
    });
    // The second "همکاری بین المللی", as its occurrence says.
    const second = body.positions[1];
    const paragraph = [...(body.documents[0]?.paragraphs[1]?.text ?? '')];
    expect(paragraph.slice(second?.quote.start, second?.quote.end).join('')).toBe(
      'همکاری بین المللی',
    );
    expect(second?.quote.start).toBeGreaterThan(paragraph.indexOf('ض'));
  });

  it('fills in the document id and keeps the curator fields, the occurrence aside', () => {
    const body = build(REAL_DATA);
    const p = body.positions.find((x) => x.id === 'irn-2025-hanoi.c01');
    expect(p?.document).toBe('irn-2025-hanoi');
    expect(Object.keys(p?.quote ?? {})).toEqual(['text', 'start', 'end']);
  });
});

describe('the fingerprint', () => {
  it('is the SHA-256 of the data with sorted keys, so other languages can recompute it', () => {
    expect(sortedJson({ b: [1, { d: 'ی', c: true }], a: 'x' })).toBe(
      '{"a":"x","b":[1,{"c":true,"d":"ی"}]}',
    );
    const body = build(REAL_DATA);
    const data = withMeta(body, '9.9.9');
    expect(data.__meta.fingerprint).toBe(fingerprint(body));
    expect(data.__meta.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when one word of the data changes', () => {
    const body = build(REAL_DATA);
    const changed = structuredClone(body);
    (changed.positions[0] as { note?: string }).note = 'changed';
    expect(fingerprint(changed)).not.toBe(fingerprint(body));
  });
});

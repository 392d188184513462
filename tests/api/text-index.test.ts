import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { data } from '../../src/data.ts';
import { everyPosition } from '../../src/every-position.ts';
import { findPositions, foldText } from '../../src/index.ts';
import { makeFold } from '../../src/text/fold.ts';
import { buildTrigramIndex } from '../../src/text/trigrams.ts';

// What the index must always equal: every record with a text that includes the needle.
const scan = (records: readonly (readonly string[])[], needle: string) =>
  records.flatMap((texts, i) => (texts.some((t) => t.includes(needle)) ? [i] : []));

// Letters people mix up and the folding joins: Arabic and Persian yeh and kaf, heh and teh
// marbuta, alefs, ZWNJ, tatweel and diacritics, three kinds of digits, both cases, spaces.
const PIECES = [
  'ی',
  'ي',
  'ى',
  'ک',
  'ك',
  'ه',
  'ة',
  'ۀ',
  'ا',
  'أ',
  'إ',
  'ب',
  'ن',
  'م',
  'ل',
  'ر',
  'ت',
  'س',
  '\u200c',
  '\u0640',
  '\u064b',
  '۱',
  '١',
  '1',
  '۲',
  '2',
  ' ',
  'a',
  'A',
  'e',
  'E',
  'n',
  't',
  '-',
  'بین',
  'المللی',
  'فناوری',
  'transfer',
  'Technology',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const records = fc.array(fc.array(text, { minLength: 1, maxLength: 2 }), { maxLength: 60 });

/** A piece cut from one of the texts. */
const cut = (rs: string[][]) =>
  fc.record({ r: fc.nat(), t: fc.nat(), a: fc.nat(), b: fc.nat() }).map(({ r, t, a, b }) => {
    const texts = rs[r % Math.max(rs.length, 1)] ?? [''];
    const s = Array.from(texts[t % texts.length] ?? '');
    const from = a % (s.length + 1);
    return s.slice(from, from + (b % 12)).join('');
  });

/**
 * A needle cut from one text (so it often matches), two cuts joined (whose grams all occur, but
 * perhaps never in one text: where an index without verification would be wrong), or made up.
 */
const needleFor = (rs: string[][]) =>
  fc.oneof(
    text,
    cut(rs),
    fc.tuple(cut(rs), cut(rs)).map(([a, b]) => a + b),
  );

describe('the folding, compiled to one replace', () => {
  // The table read literally, one code point at a time, as data/folding/ describes it.
  const table = data.folding;
  const cp = (u: string) => String.fromCodePoint(Number.parseInt(u.slice(2), 16));
  const literal = (t: string, table = data.folding) => {
    let s = t.normalize(table.normalization);
    if (table.lowercase) s = s.toLowerCase();
    let out = '';
    for (const ch of s) {
      const mapped = table.map.find((m) => cp(m.from) === ch);
      if (mapped) out += mapped.to;
      else if (table.remove.some((r) => cp(r.char) === ch)) out += '';
      else if (!(table.removeWhitespace && /\s/u.test(ch))) out += ch;
    }
    return out;
  };
  // A table with a letter beyond the BMP takes the general path (one RegExp replace).
  const astral = {
    ...table,
    map: [...table.map, { from: 'U+1D400', to: 'a', name: 'MATHEMATICAL BOLD CAPITAL A → a' }],
  };
  const tableChars = [
    '𝐀',
    ...table.map.map((m) => cp(m.from)),
    ...table.remove.map((r) => cp(r.char)),
  ];

  it('folds any text exactly as the table read one code point at a time', () => {
    const fold = makeFold(table);
    const general = makeFold(astral);
    const piece = fc.oneof(
      fc.constantFrom(...tableChars, ...PIECES, '\t', '\n', '\u00a0', '\u2003', 'İ', 'ß', '😀'),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const t = pieces.join('');
        expect(fold(t)).toBe(literal(t));
        expect(general(t)).toBe(literal(t, astral));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the trigram index over folded texts', () => {
  it('finds exactly what a scan with includes finds, for any texts and needle', () => {
    fc.assert(
      fc.property(
        records.chain((rs) => fc.tuple(fc.constant(rs), fc.array(needleFor(rs), { maxLength: 8 }))),
        ([raw, needles]) => {
          const folded = raw.map((texts) => texts.map(foldText));
          const index = buildTrigramIndex(folded, 0);
          for (const n of needles) {
            const needle = foldText(n);
            expect(index.search(needle)).toEqual(scan(folded, needle));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers with a Map of grams too, when the alphabet is too large for a flat table', () => {
    // 200 distinct letters: past the flat table's size, so grams are keyed in a Map.
    const letters = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x4e00 + i));
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), { maxLength: 40 }),
        fc.array(fc.constantFrom(...letters), { maxLength: 5 }),
        (rows, needle) => {
          const rs = rows.map((r) => [r.join('')]);
          const n = needle.join('');
          expect(buildTrigramIndex(rs, 0).search(n)).toEqual(scan(rs, n));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is not the scan: a needle whose grams all occur, but never together, is not found', () => {
    const index = buildTrigramIndex([['abcd'], ['bcde'], ['xabcdex']], 0);
    expect(index.search('abcde')).toEqual([2]);
    expect(index.search('bcd')).toEqual([0, 1, 2]);
    expect(index.search('zzz')).toEqual([]);
    expect(index.search('b')).toEqual([0, 1, 2]);
    expect(index.grams).toBe(5); // abc bcd cde xab dex
  });

  it('scans small data instead of building (same answers, no grams)', () => {
    const small = buildTrigramIndex([['abcd'], ['bcde'], ['xabcdex']]);
    expect(small.grams).toBe(0);
    expect(small.search('abcde')).toEqual([2]);
    expect(small.search('bcd')).toEqual([0, 1, 2]);
  });
});

describe('findPositions({ text }) on the data', () => {
  // In force and withdrawn together in the dataset's order: by document, then by id.
  const positions = everyPosition(data);
  const foldedOf = new Map(
    positions.map((p) => [p, [foldText(p.quote.text), foldText(p.translation.en)]]),
  );
  const scanned = (t: string, status: 'active' | 'withdrawn' | 'all') => {
    const needle = foldText(t);
    return positions
      .filter((p) => status === 'all' || p.status === status)
      .filter((p) => needle === '' || foldedOf.get(p)?.some((f) => f.includes(needle)))
      .map((p) => p.id);
  };

  it('equals the scan for substrings of every quote and translation, in every status', () => {
    const sources = positions.flatMap((p) => [p.quote.text, p.translation.en]);
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.nat(),
        fc.nat({ max: 20 }),
        fc.constantFrom('active', 'withdrawn', 'all') as fc.Arbitrary<
          'active' | 'withdrawn' | 'all'
        >,
        (source, from, length, status) => {
          const s = Array.from(source);
          const at = from % (s.length + 1);
          const t = s.slice(at, at + length).join('');
          expect(findPositions({ text: t, status }).map((p) => p.id)).toEqual(scanned(t, status));
        },
      ),
      { numRuns: 500 },
    );
  });
});

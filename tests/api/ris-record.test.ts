import { describe, expect, it } from 'vitest';
import { citeWith } from '../../src/cite.ts';
import { dataset, getDocument, getPosition } from '../../src/index.ts';

describe('a RIS citation', () => {
  it('stays one record when a field of the data holds line breaks', () => {
    const position = getPosition('irn-2025-hanoi.c27');
    const doc = getDocument('irn-2025-hanoi');
    if (!position || !doc) throw new Error('fixture data changed');
    const hostile = {
      ...doc,
      source: {
        ...doc.source,
        publisher: { ...doc.source.publisher, en: 'YJC\r\nER  - \r\nTY  - JOUR' },
      },
    };
    const ris = citeWith(dataset, position, hostile, 'ris') ?? '';
    const lines = ris.split('\r\n');
    expect(lines.filter((l) => l.startsWith('TY  -'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(ris).toContain('YJC ER  -  TY  - JOUR');
  });
});

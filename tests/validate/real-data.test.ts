import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../src/validate/index.ts';
import { canonicalJson } from '../../src/validate/json-text.ts';
import { copyDataDir, REAL_DATA } from '../helpers/data-dir.ts';

const FILE = 'documents/irn-2025-hanoi.json';
const dir = copyDataDir(REAL_DATA);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const original = readFileSync(join(dir, FILE), 'utf8');
const doc = JSON.parse(original) as { positions: { id: string; quote: { text: string } }[] };

/** The quote with its middle character replaced by another letter. */
function alterOneCharacter(text: string): string {
  const chars = [...text];
  const mid = Math.floor(chars.length / 2);
  chars[mid] = chars[mid] === 'ا' ? 'ب' : 'ا';
  return chars.join('');
}

describe('the real data', () => {
  it.each(doc.positions.map((p, i) => [p.id, i] as const))(
    'fails when the quote of %s is altered by one character',
    (_id, i) => {
      const changed = structuredClone(doc);
      const position = changed.positions[i];
      if (!position) throw new Error('no such position');
      position.quote.text = alterOneCharacter(position.quote.text);
      writeFileSync(join(dir, FILE), canonicalJson(changed));
      try {
        const problems = validateDataDir(dir).problems;
        expect(problems).toContainEqual({
          file: FILE,
          pointer: `/positions/${i}/quote/text`,
          message: expect.stringContaining('is not in paragraph') as unknown as string,
        });
      } finally {
        writeFileSync(join(dir, FILE), original);
      }
    },
  );
});

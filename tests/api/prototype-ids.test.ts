// Ids are data: "constructor", "__proto__" and "toString" must be keys like any other, never
// reach Object's own properties. The package is loaded here over data built from the valid
// fixture with the topic "courtesy" renamed "constructor" (a valid slug).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/data.ts', async () => {
  const { copyDataDir } = await import('../helpers/data-dir.ts');
  const { validateDataDir } = await import('../../src/validate/index.ts');
  const { compileDataset, withMeta } = await import('../../tools/publish/compile.ts');
  const { deepFreeze } = await import('../../src/freeze.ts');
  const dir = copyDataDir();
  for (const file of [
    'topics.json',
    'released-ids.json',
    'documents/tst-2025-demo.json',
    'reliability/tst-2025-demo.coder-x.json',
  ])
    writeFileSync(
      join(dir, file),
      readFileSync(join(dir, file), 'utf8').replaceAll('"courtesy"', '"constructor"'),
    );
  const { problems, context } = validateDataDir(dir);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const data = deepFreeze(withMeta(compileDataset(context), '0.0.0'));
  rmSync(dir, { recursive: true, force: true });
  return { data };
});

const { findPositions, getTopic, stanceMatrix, getPosition, getActor } = await import(
  '../../src/index.ts'
);
const { count } = await import('../../src/cli/commands/stats.ts');

afterAll(() => {
  vi.doUnmock('../../src/data.ts');
});

describe('an id named like a property of Object', () => {
  it('is a topic like any other', () => {
    expect(getTopic('constructor')?.id).toBe('constructor');
    // The fixture's c01 is filed under it first, its c02 second (beside international-cooperation).
    expect(findPositions({ topic: 'constructor' }).map((p) => p.topics)).toEqual([
      ['constructor'],
      ['international-cooperation', 'constructor'],
    ]);
  });

  it('is a row key of stanceMatrix without touching the global Object', () => {
    const matrix = stanceMatrix();
    // The fixture's courtesy claim is about an actor (the host): its cell is under that kind.
    expect(matrix.IRN?.constructor).toEqual({ actor: { support: 1 }, provision: { support: 1 } });
    expect(Object.keys(matrix.IRN ?? {})).toContain('constructor');
    expect((Object as unknown as Record<string, unknown>).support).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).actor).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'support')).toBe(false);
  });

  it('is counted from zero by stats', () => {
    const counts = count(['constructor', '__proto__', 'toString', 'constructor'], (k) => [k]);
    expect(counts).toEqual(
      Object.fromEntries([
        ['constructor', 2],
        ['__proto__', 1],
        ['toString', 1],
      ]),
    );
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(JSON.stringify(counts)).toBe('{"constructor":2,"__proto__":1,"toString":1}');
  });

  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`"${id}" is an unknown id to every lookup, never an inherited property`, () => {
      expect(getPosition(id)).toBeUndefined();
      expect(getActor(id)).toBeUndefined();
      expect(() => findPositions({ actor: id })).toThrow(/is not in the data/);
      expect(() => findPositions({ document: id })).toThrow(/is not in the data/);
      if (id !== 'constructor') expect(getTopic(id)).toBeUndefined();
    });
  }
});

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/publish/compile.ts';
import { validateDataDir } from '../../src/validate/index.ts';
import { canonicalJson } from '../../src/validate/json-text.ts';
import { copyDataDir } from '../helpers/data-dir.ts';

const dir = copyDataDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(dir, 'documents')).map((f) => `documents/${f}`),
];
const originals = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

type Path = (string | number)[];
function pathsOf(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...at, i])));
  if (value && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])));
  return here;
}

const mutation = fc.record({
  file: fc.constantFrom(...files),
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'delete', 'truncate', 'insert'),
  value: fc.jsonValue({ maxDepth: 2 }),
  char: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(m: Mutation): void {
  const raw = originals.get(m.file) as string;
  if (m.kind === 'truncate' || m.kind === 'insert') {
    const at = m.pick % (raw.length + 1);
    writeFileSync(
      join(dir, m.file),
      m.kind === 'truncate' ? raw.slice(0, at) : raw.slice(0, at) + m.char + raw.slice(at),
    );
    return;
  }
  const doc = JSON.parse(raw) as unknown;
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  const path = paths[m.pick % paths.length] as Path;
  let holder = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const key = path.at(-1) as string | number;
  if (m.kind === 'delete') {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  } else holder[key] = m.value;
  writeFileSync(join(dir, m.file), canonicalJson(doc));
}

describe('the validator on randomly broken data', () => {
  it('reports problems or passes, and never throws', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        try {
          mutate(m);
          const { problems, context } = validateDataDir(dir);
          for (const p of problems) {
            expect(p.message).not.toMatch(/internal error/);
            expect(p.file).not.toBe('');
            expect(p.pointer === '' || p.pointer.startsWith('/')).toBe(true);
          }
          // Data that passes must also build.
          if (problems.length === 0) compileDataset(context);
        } finally {
          writeFileSync(join(dir, m.file), originals.get(m.file) as string);
        }
      }),
      { numRuns: 300 },
    );
  });
});

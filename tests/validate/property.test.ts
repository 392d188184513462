import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../src/validate/index.ts';
import { canonicalJson } from '../../src/validate/json-text.ts';
import { formatDataDir } from '../../tools/format-dir.ts';
import { compileDataset } from '../../tools/publish/compile.ts';
import { copyDataDir } from '../helpers/data-dir.ts';

const dir = copyDataDir();
const elsewhere = mkdtempSync(join(tmpdir(), 'ccp-outside-'));
const outside = join(elsewhere, 'outside.json');
const OUTSIDE_TEXT = '{\n    "not": "canonical"\n}\n';
writeFileSync(outside, OUTSIDE_TEXT);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});
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

// The review's classes of hostile input, beside the random edits: bytes that are not UTF-8,
// nesting past the limit, files that are not regular files, control and direction characters,
// numbers JavaScript cannot hold, and ids named like Object's own properties.
const HOSTILE_TEXT = [
  'a\u202eb',
  'x\u001b[31m',
  'line\r\nbreak',
  '\u0000',
  '\u0085',
  '\u2066x\u2069',
  'lone \ud800',
  '\udc00',
  '\u200b',
  '   ',
  '=1+1',
];
const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const mutation = fc.record({
  file: fc.constantFrom(...files),
  pick: fc.nat(),
  kind: fc.constantFrom(
    'set',
    'delete',
    'truncate',
    'insert',
    'bytes',
    'nest',
    'filekind',
    'control',
    'id',
    'number',
  ),
  value: fc.jsonValue({ maxDepth: 2 }),
  char: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }),
  byte: fc.constantFrom(0x80, 0xc0, 0xc3, 0xe9, 0xed, 0xf5, 0xff),
  encoding: fc.constantFrom('invalid', 'bom', 'utf16le', 'utf16be'),
  depth: fc.integer({ min: 60, max: 5000 }),
  fileKind: fc.constantFrom('directory', 'fifo', 'outside-link', 'dangling-link', 'loop'),
  text: fc.constantFrom(...HOSTILE_TEXT),
  id: fc.constantFrom(...HOSTILE_IDS),
  number: fc.constantFrom('1e400', '-0', '9007199254740993', '2.0000000000000001', '-1e999'),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** True when the mutation must make the data invalid, whatever it hit. */
const alwaysInvalid = (m: Mutation) =>
  ['nest', 'filekind', 'number'].includes(m.kind) ||
  (m.kind === 'bytes' && m.encoding !== 'invalid') ||
  (m.kind === 'control' && m.text !== '=1+1');

// One byte written over another is not always invalid UTF-8: 0xC3 over the lead byte of a
// two-byte sequence makes another character (« C2 AB becomes ë C3 AB). So whether such a file
// must be refused is decided by a strict decoder, not assumed.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function stringPaths(doc: unknown): Path[] {
  return pathsOf(doc).filter((p) => {
    let here = doc as Record<string | number, unknown>;
    for (const k of p) here = here[k] as Record<string | number, unknown>;
    return p.length > 0 && typeof here === 'string';
  });
}

/** Applies the mutation; true when what it wrote must be refused. */
function mutate(m: Mutation): boolean {
  const raw = originals.get(m.file) as string;
  const path0 = join(dir, m.file);
  if (m.kind === 'bytes') {
    const bytes = Buffer.from(raw, 'utf8');
    if (m.encoding === 'invalid') {
      bytes[m.pick % bytes.length] = m.byte;
      writeFileSync(path0, bytes);
      return !isUtf8(bytes);
    } else if (m.encoding === 'bom') writeFileSync(path0, `\ufeff${raw}`);
    else {
      const le = Buffer.from(`\ufeff${raw}`, 'utf16le');
      if (m.encoding === 'utf16be') le.swap16();
      writeFileSync(path0, le);
    }
    return alwaysInvalid(m);
  }
  if (m.kind === 'filekind') {
    rmSync(path0);
    if (m.fileKind === 'directory') mkdirSync(path0);
    else if (m.fileKind === 'fifo') {
      if (spawnSync('mkfifo', [path0]).status !== 0) mkdirSync(path0);
    } else if (m.fileKind === 'outside-link') symlinkSync(outside, path0);
    else if (m.fileKind === 'dangling-link') symlinkSync(join(dir, 'no-such-file'), path0);
    else symlinkSync(path0, path0);
    return alwaysInvalid(m);
  }
  if (m.kind === 'nest' || m.kind === 'number') {
    // Text edits, since JSON.stringify could write neither: one scalar value is replaced.
    const value = m.kind === 'nest' ? `${'['.repeat(m.depth)}${']'.repeat(m.depth)}` : m.number;
    const scalars = [
      ...raw.matchAll(/": (-?[0-9][0-9.eE+-]*|"(?:[^"\\]|\\.)*"|true|false|null)(?=,?\n)/g),
    ];
    const at = scalars[m.pick % scalars.length];
    if (!at) throw new Error(`no scalar value in ${m.file}`);
    const start = (at.index as number) + 3;
    writeFileSync(path0, raw.slice(0, start) + value + raw.slice(start + (at[1] as string).length));
    return alwaysInvalid(m);
  }
  if (m.kind === 'control' || m.kind === 'id') {
    const doc = JSON.parse(raw) as unknown;
    const targets =
      m.kind === 'id' ? stringPaths(doc).filter((p) => p.at(-1) === 'id') : stringPaths(doc);
    const path = targets[m.pick % Math.max(1, targets.length)];
    if (!path) return false;
    let holder = doc as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    const key = path.at(-1) as string | number;
    holder[key] =
      m.kind === 'id'
        ? m.id
        : m.text.trim() === '' || m.text === '\u200b'
          ? m.text
          : `${holder[key]}${m.text}`;
    writeFileSync(path0, canonicalJson(doc));
    return alwaysInvalid(m);
  }
  if (m.kind === 'truncate' || m.kind === 'insert') {
    const at = m.pick % (raw.length + 1);
    writeFileSync(
      join(dir, m.file),
      m.kind === 'truncate' ? raw.slice(0, at) : raw.slice(0, at) + m.char + raw.slice(at),
    );
    return alwaysInvalid(m);
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
  return alwaysInvalid(m);
}

function restore(file: string): void {
  rmSync(join(dir, file), { recursive: true, force: true });
  writeFileSync(join(dir, file), originals.get(file) as string);
}

describe('the validator on randomly broken data', () => {
  it('reports problems or passes, and never throws or hangs', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        try {
          const mustFail = mutate(m);
          const { problems, context } = validateDataDir(dir);
          for (const p of problems) {
            expect(p.message).not.toMatch(/internal error/);
            expect(p.file).not.toBe('');
            expect(p.pointer === '' || p.pointer.startsWith('/')).toBe(true);
          }
          if (mustFail) expect(problems.length, JSON.stringify(m)).toBeGreaterThan(0);
          // Data that passes must also build, and the package over it must answer.
          if (problems.length === 0) compileDataset(context);
        } finally {
          restore(m.file);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('format:data never throws, and leaves every file it refuses byte for byte', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        try {
          mutate(m);
          const before = new Map(
            files.map((f) => {
              // Only regular files: reading a FIFO here would block the test itself.
              const stats = lstatSync(join(dir, f), { throwIfNoEntry: false });
              return [f, stats?.isFile() ? readFileSync(join(dir, f)) : undefined] as const;
            }),
          );
          const { refused } = formatDataDir(dir);
          for (const line of refused) {
            const file = files.find((f) => line.startsWith(`${join(dir, f)}:`));
            if (!file) continue;
            const was = before.get(file);
            if (was) expect(readFileSync(join(dir, file)).equals(was), line).toBe(true);
          }
          if (m.kind === 'filekind' && m.fileKind === 'outside-link')
            expect(readFileSync(outside, 'utf8')).toBe(OUTSIDE_TEXT);
        } finally {
          restore(m.file);
        }
      }),
      { numRuns: 150 },
    );
  });
});

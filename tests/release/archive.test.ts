import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/export/tables.ts';
import type { Dataset } from '../../src/generated/types.ts';
import { fromRoot } from '../../tools/paths.ts';
import { archiveName, archiveSources, writeReleaseArchive } from '../../tools/publish/archive.ts';
import { tarGz } from '../../tools/publish/tar.ts';

// The archive of the built dist/, unpacked by the system's tar (not by code of ours).
const tmp = mkdtempSync(join(tmpdir(), 'ccp-archive-'));
const meta = (JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset).__meta;
const name = archiveName(meta.version);
const top = join(tmp, 'unpacked', name);
let archive: string;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The files that do not match SHA256SUMS, or are not in it, or are in it but missing. */
function checkSums(dir: string): string[] {
  const listed = new Map(
    readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => [l.slice(66), l.slice(0, 64)] as const),
  );
  const present = filesUnder(dir).filter((f) => f !== 'SHA256SUMS');
  const bad = present.filter((f) => listed.get(f) !== sha256(readFileSync(join(dir, f))));
  return [...bad, ...[...listed.keys()].filter((f) => !present.includes(f))];
}

beforeAll(async () => {
  archive = (await writeReleaseArchive(fromRoot('dist'), join(tmp, 'out'))).path;
  mkdirSync(join(tmp, 'unpacked'));
  execFileSync('tar', ['-xzf', archive, '-C', join(tmp, 'unpacked')]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run release:archive', () => {
  it('is named for the version and unpacks into one folder of that name', () => {
    expect(archive.endsWith(`${name}.tar.gz`)).toBe(true);
    expect(readdirSync(join(tmp, 'unpacked'))).toEqual([name]);
  });

  it('holds the data, the tables, the descriptor, the schemas, the codebook, the citation, the licence, a README and SHA256SUMS', () => {
    const files = filesUnder(top);
    for (const f of [
      'data.json',
      'positions.jsonl',
      'datapackage.json',
      ...TABLES.map((t) => `tables/${t.name}.csv`),
      'schema/dataset.schema.json',
      'schema/position.schema.json',
      'CODEBOOK.md',
      'CITATION.cff',
      'LICENSE',
      'README.md',
      'SHA256SUMS',
    ])
      expect(files, f).toContain(f);
  });

  it('checks out against SHA256SUMS, with sha256sum too', () => {
    expect(checkSums(top)).toEqual([]);
    expect(
      execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
        cwd: top,
        encoding: 'utf8',
      }),
    ).not.toMatch(/FAILED/);
  });

  it('is found out when a file is changed or added after packing', () => {
    const copy = join(tmp, 'tampered');
    execFileSync('cp', ['-r', top, copy]);
    writeFileSync(join(copy, 'tables/positions.csv'), 'id\r\n');
    writeFileSync(join(copy, 'extra.txt'), 'x');
    expect(checkSums(copy)).toEqual(['extra.txt', 'tables/positions.csv']);
  });

  it('holds every file exactly as in dist/ and the repository', () => {
    const sources = archiveSources(fromRoot('dist'));
    expect(sources.size).toBe(filesUnder(top).length - 2);
    for (const [path, source] of sources)
      expect(sha256(readFileSync(join(top, path))), path).toBe(sha256(readFileSync(source)));
  });

  it('has a README that says which data it is, and lists every file', () => {
    const readme = readFileSync(join(top, 'README.md'), 'utf8');
    expect(readme).toContain(meta.fingerprint);
    expect(readme).toContain(
      meta.released
        ? `Version ${meta.version}, released ${meta.released}`
        : `Unreleased build ${meta.version}`,
    );
    for (const f of filesUnder(top)) expect(readme).toContain(`| \`${f}\` |`);
  });

  it('comes with its own checksum, and is the same bytes when made again', async () => {
    const bytes = readFileSync(archive);
    expect(readFileSync(`${archive}.sha256`, 'utf8')).toBe(`${sha256(bytes)}  ${name}.tar.gz\n`);
    const again = await writeReleaseArchive(fromRoot('dist'), join(tmp, 'again'));
    expect(sha256(readFileSync(again.path))).toBe(sha256(bytes));
  });
});

describe('the tar writer', () => {
  it('writes paths longer than 100 bytes, and Persian names, that tar reads back', () => {
    const long = `${'a'.repeat(90)}/${'b'.repeat(90)}/file.txt`;
    const entries = [
      { path: long, content: Buffer.from('long\n') },
      { path: 'پوشه/فایل.txt', content: Buffer.from('فارسی\n') },
      { path: 'empty', content: Buffer.alloc(0) },
      { path: 'block', content: Buffer.alloc(512, 65) },
    ];
    const file = join(tmp, 'test.tar.gz');
    writeFileSync(file, tarGz(entries, 0));
    expect(execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trimEnd().split('\n')).toEqual(
      entries.map((e) => e.path),
    );
    const out = join(tmp, 'test');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', file, '-C', out]);
    for (const e of entries) expect(readFileSync(join(out, e.path))).toEqual(e.content);
  });

  it('refuses a path no ustar header can hold', () => {
    expect(() => tarGz([{ path: 'x'.repeat(101), content: Buffer.alloc(0) }], 0)).toThrow(
      /too long for a ustar header/,
    );
  });
});

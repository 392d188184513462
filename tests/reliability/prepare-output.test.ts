// coding:prepare writes a coder's file: every failure is one line naming the path and what to
// do (exit 1; a usage error exits 2), nothing is written through a symbolic link, an existing
// file is replaced only with --force, and nothing half-written or temporary is left behind.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
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
import { afterAll, describe, expect, it } from 'vitest';
import { idLetters, prepareCommand } from '../../tools/coding/prepare-command.ts';
import { fromRoot } from '../../tools/paths.ts';
import { runScript } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'ccp-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const prepare = (out: string, ...more: string[]) =>
  runScript(prepareCommand, [
    '--document',
    'irn-2025-hanoi',
    '--coder',
    'zed',
    '--out',
    out,
    ...more,
  ]);

function expectOneLine(ran: { status: number; stderr: string; stdout: string }, text: string) {
  expect(ran.status).toBe(1);
  expect(ran.stdout).toBe('');
  expect(ran.stderr).toBe(`error: ${text}\n`);
}

describe('coding:prepare --out', () => {
  it('names a folder in the way', async () => {
    const out = join(dir, 'folder');
    mkdirSync(out);
    expectOneLine(
      await prepare(out, '--force'),
      `${out} is a folder, not a file: choose another --out`,
    );
  });

  it('names a missing folder', async () => {
    const out = join(dir, 'no', 'such', 'x.json');
    expectOneLine(
      await prepare(out),
      `the folder ${join(dir, 'no', 'such')} does not exist: create it first, or choose another --out`,
    );
  });

  it('refuses a FIFO and a device without opening them', async () => {
    const fifo = join(dir, 'p.json');
    execFileSync('mkfifo', [fifo]);
    expectOneLine(
      await prepare(fifo, '--force'),
      `${fifo} is a named pipe (FIFO), not a file: choose another --out`,
    );
    expectOneLine(
      await prepare('/dev/full', '--force'),
      '/dev/full is a device, not a file: choose another --out',
    );
  });

  it('never writes through a symbolic link, to an existing file or to none', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const link = join(dir, 'l.json');
    symlinkSync(victim, link);
    expectOneLine(
      await prepare(link, '--force'),
      `${link} is a symbolic link, which is never written through: give the file's own path, or remove the link`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    const dangling = join(dir, 'dl.json');
    symlinkSync(join(dir, 'made.json'), dangling);
    expect((await prepare(dangling)).status).toBe(1);
    expect(existsSync(join(dir, 'made.json'))).toBe(false);
  });

  it('replaces a file only with --force, and leaves no temporary file', async () => {
    const sub = join(dir, 'clean');
    mkdirSync(sub);
    const out = join(sub, 'zed.json');
    expect((await prepare(out)).status).toBe(0);
    writeFileSync(out, 'edited by the coder');
    expectOneLine(
      await prepare(out),
      `${out} exists, and a file is never overwritten by accident: give another --out, or --force`,
    );
    expect(readFileSync(out, 'utf8')).toBe('edited by the coder');
    expect((await prepare(out, '--force')).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).coder).toBe('zed');
    expect(readdirSync(sub)).toEqual(['zed.json']);
  });

  it('refuses a coder name with terminal escapes or of 100 KB, as a usage error', async () => {
    for (const coder of ['z\u001b]0;pwned\u0007', 'z'.repeat(100_000)]) {
      const ran = await runScript(prepareCommand, [
        '--document',
        'irn-2025-hanoi',
        '--coder',
        coder,
        '--out',
        join(dir, 'e.json'),
      ]);
      expect(ran.status).toBe(2);
      expect(ran.stderr).not.toContain('\u001b');
      expect(existsSync(join(dir, 'e.json'))).toBe(false);
    }
  });
});

describe('coding:prepare with a broken codebook', () => {
  const data = join(dir, 'data');
  cpSync(fromRoot('data'), data, { recursive: true });

  it('names a codebook without its version line', async () => {
    writeFileSync(join(data, 'CODEBOOK.md'), '# Codebook\n');
    const ran = await prepare(join(dir, 'cb.json'), '--data', data);
    expectOneLine(
      ran,
      `${join(data, 'CODEBOOK.md')}:: no "Codebook version: X.Y" line: add it near the top, as in the published codebook`,
    );
  });

  it('names a missing codebook and a FIFO in its place, without waiting on the FIFO', async () => {
    rmSync(join(data, 'CODEBOOK.md'));
    expectOneLine(
      await prepare(join(dir, 'cb.json'), '--data', data),
      `${join(data, 'CODEBOOK.md')}:: the codebook is missing: give the data directory (--data)`,
    );
    execFileSync('mkfifo', [join(data, 'CODEBOOK.md')]);
    expectOneLine(
      await prepare(join(dir, 'cb.json'), '--data', data),
      `${join(data, 'CODEBOOK.md')}:: the codebook is a named pipe (FIFO), not a regular file: replace it with a file`,
    );
  });
});

describe('the id letters coding:prepare suggests (F10)', () => {
  it("are the first two letters of the name, never the published codings' a or b, nor c", () => {
    expect(idLetters('alice')).toBe('al');
    expect(idLetters('bob')).toBe('bo');
    for (const coder of ['a', 'b', 'c', 'A', 'B.', '7', 'é']) expect(idLetters(coder)).toBe('x');
  });

  it('are what the success message names', async () => {
    const ran = await runScript(prepareCommand, [
      '--document',
      'irn-2025-hanoi',
      '--coder',
      'bob',
      '--out',
      join(dir, 'bob.json'),
    ]);
    expect(ran.stdout).toContain('ids irn-2025-hanoi.bo01, irn-2025-hanoi.bo02');
  });
});

// The command line as a Unix tool: a closed pipe is no error, colour follows each stream and
// no-color.org, data never drives the terminal, and every user error is a message with exit 1
// or 2, never "internal error".
import { spawnSync } from 'node:child_process';
import {
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
import { type Io, shown, useColor } from '../../src/cli/io.ts';
import { renderPositions } from '../../src/cli/positions.ts';
import { positions } from '../../src/index.ts';
import { fromRoot } from '../../tools/paths.ts';

const BIN = fromRoot('dist/cli.js');
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 20_000,
  });
const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-unix-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what this test looks for
const ANSI = /\u001b\[/;

describe('a closed pipe', () => {
  it.each([
    ['list', '--format', 'json'],
    ['show', 'irn-2025-hanoi.c27'],
    ['stats'],
    ['cite'],
    ['--help'],
  ])('ends %s quietly with status 0', (...args) => {
    // The reader is gone before the tool starts writing, so every write meets EPIPE.
    const bash = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${BIN}" ${args.join(' ')} | (exec 0<&-; true)`,
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(bash.stderr).toBe('');
    expect(bash.status).toBe(0);
  });
});

describe('colour', () => {
  it('follows no-color.org and force-color.org, per stream', () => {
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, { NO_COLOR: '' })).toBe(true); // present but empty: no effect
    expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(true, { TERM: 'dumb' })).toBe(false);
  });

  it('puts no escape codes in a redirected stderr, even when stdout is a terminal', () => {
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    const dir = scratch();
    const log = join(dir, 'err.log');
    spawnSync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" show nope 2>"${log}"`, '/dev/null'],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '' },
      },
    );
    const text = readFileSync(log, 'utf8');
    expect(text).toContain('error: no position "nope"');
    expect(text).not.toMatch(ANSI);
  });
});

describe('data on a terminal', () => {
  it('shows control and direction characters instead of obeying them', async () => {
    expect(shown('We \u202etroppus\u202c it \u001b[31mRED\nrow')).toBe(
      'We <U+202E>troppus<U+202C> it <U+001B>[31mRED<U+000A>row',
    );
    const p = positions[0];
    if (!p) throw new Error('no positions');
    const hostile = { ...p, translation: { en: 'a\u001b[2Jb\nc' } } as typeof p;
    const io: Io = { out: () => {}, err: () => {}, tty: true, color: false, width: 200 };
    const table = await renderPositions([hostile] as never, 'text', io);
    expect(table).not.toMatch(ANSI);
    expect(table.trimEnd().split('\n')).toHaveLength(2); // header and one row
    // Machine formats keep the text as it is (JSON escapes it).
    expect(await renderPositions([hostile] as never, 'json', io)).toContain('a\\u001b[2Jb\\nc');
  });
});

describe('user errors', () => {
  it.each(['0x10', '1e1', ' 16 ', '16.0', '-1', '99999999999999999999'])(
    'refuses --paragraph %j with exit 2',
    (value) => {
      const r = cli(['list', `--paragraph=${value}`]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--paragraph must be a whole number from 1');
    },
  );

  it('refuses an unknown instrument in --article, naming the instruments', () => {
    const r = cli(['list', '--article', 'x:14']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      '--article "x:14" names the instrument "x", which is not one of "unccc-2024"',
    );
  });

  it('takes --article in the forms findPositions takes', () => {
    const plain = cli(['list', '--article', '14', '--format', 'json']).stdout;
    expect(JSON.parse(plain).length).toBeGreaterThan(0);
    expect(cli(['list', '--article', 'unccc-2024:14', '--format', 'json']).stdout).toBe(plain);
  });

  it('refuses search text that folds to nothing, as it refuses empty text', () => {
    for (const text of ['\u200c', '\u0640', ' ']) {
      const r = cli(['search', text]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});

describe('export', () => {
  const noInternal = (r: ReturnType<typeof cli>) => {
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('reports an --out that is a file, exit 1', () => {
    const file = join(scratch(), 'f');
    writeFileSync(file, 'mine');
    const r = cli(['export', '--format', 'json', '--out', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`--out ${file} is a file, not a folder`);
    noInternal(r);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('reports an --out whose parent does not exist, and never spins on /proc', () => {
    for (const out of [join(scratch(), 'a/b/c'), '/proc/x/y']) {
      const r = cli(['export', '--format', 'json', '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('does not exist: create it first');
      noInternal(r);
    }
  });

  it.skipIf(process.getuid?.() === 0)('reports an unwritable --out', () => {
    const dir = scratch();
    spawnSync('chmod', ['555', dir]);
    const r = cli(['export', '--format', 'json', '--out', dir]);
    spawnSync('chmod', ['755', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('permission denied');
    noInternal(r);
  });

  it('stops before writing anything when a folder is where a file goes', () => {
    const out = scratch();
    mkdirSync(join(out, 'tables/paragraphs.csv'), { recursive: true });
    const r = cli(['export', '--format', 'csv', '--out', out, '--force']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tables/paragraphs.csv is a folder or other non-file');
    noInternal(r);
    expect(readdirSync(join(out, 'tables'))).toEqual(['paragraphs.csv']);
    expect(readdirSync(out)).toEqual(['tables']);
  });

  it('writes a fresh folder whole, with no temporary folder left', () => {
    const parent = scratch();
    const r = cli(['export', '--format', 'csv', '--out', join(parent, 'out')]);
    expect(r.status).toBe(0);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(existsSync(join(parent, 'out/datapackage.json'))).toBe(true);
  });

  it('counts a dangling symbolic link as a file in the way, and never writes through it', () => {
    const out = scratch();
    const elsewhere = join(scratch(), 'victim.json');
    symlinkSync(elsewhere, join(out, 'data.json'));
    const r = cli(['export', '--format', 'json', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('already exist(s)');
    expect(existsSync(elsewhere)).toBe(false);
    expect(cli(['export', '--format', 'json', '--out', out, '--force']).status).toBe(0);
    expect(existsSync(elsewhere)).toBe(false); // the link was replaced, not followed
  });
});

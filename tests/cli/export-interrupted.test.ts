// An export killed at any one of its writes, renames or removals: --out is then as it was, or
// wholly new, or (for a fresh --out) absent; never a mix of old and new tables, never tables that
// datapackage.json does not describe. What the kill left behind, the next export names.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/run-cli.ts';

// A kill, as the process sees it: from the chosen call on, the file system does nothing more, not
// even the clean-up in `finally`.
const kill = vi.hoisted(() => ({ at: 0, calls: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const killable =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      if (kill.at > 0 && ++kill.calls >= kill.at) throw new Error('killed');
      return f(...args);
    };
  const mocked = {
    ...real,
    mkdirSync: killable(real.mkdirSync),
    writeFileSync: killable(real.writeFileSync),
    renameSync: killable(real.renameSync),
    rmSync: killable(real.rmSync),
  };
  return { ...mocked, default: mocked };
});

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-export-kill-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` by its path, with its text; hidden temporary folders apart. */
function contents(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (entry.isFile() && !path.startsWith('.'))
      files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

async function killedAt(at: number, argv: string[]): Promise<boolean> {
  kill.at = at;
  kill.calls = 0;
  try {
    await cli(argv);
  } finally {
    kill.at = 0;
  }
  return kill.calls >= at;
}

describe('export --format csv killed mid-way', () => {
  it('leaves a fresh --out absent or whole, and the next export names what was left', async () => {
    const whole = scratch();
    expect((await cli(['export', '--format', 'csv', '--out', join(whole, 'out')])).status).toBe(0);
    const fresh = contents(join(whole, 'out'));
    let killed = 0;
    for (let at = 1; ; at++) {
      const parent = scratch();
      const out = join(parent, 'out');
      if (!(await killedAt(at, ['export', '--format', 'csv', '--out', out]))) break;
      killed++;
      if (readdirSync(parent).includes('out')) expect(contents(out)).toEqual(fresh);
      const left = readdirSync(parent).filter((name) => name !== 'out');
      const again = await cli(['export', '--format', 'csv', '--out', out, '--force']);
      expect(again.status, again.stderr).toBe(0);
      expect(contents(out)).toEqual(fresh);
      if (left.length > 0)
        expect(again.stderr).toMatch(
          /^export: .*\.cybercrime-positions-export-\w+ was left by an interrupted export: remove it once no export is running\n$/,
        );
      else expect(again.stderr).toBe('');
    }
    expect(killed).toBeGreaterThan(fresh.size);
  });

  it('leaves an existing --out as it was or wholly new, tables and descriptor together', async () => {
    const whole = scratch();
    expect((await cli(['export', '--format', 'csv', '--out', join(whole, 'out')])).status).toBe(0);
    const fresh = contents(join(whole, 'out'));
    const old = new Map([...fresh.keys()].map((path) => [path, `old ${path}`]));
    let killed = 0;
    for (let at = 1; ; at++) {
      const out = scratch();
      fs.mkdirSync(join(out, 'tables'));
      for (const [path, text] of old) fs.writeFileSync(join(out, path), text);
      fs.writeFileSync(join(out, 'notes.txt'), 'mine');
      if (!(await killedAt(at, ['export', '--format', 'csv', '--out', out, '--force']))) break;
      killed++;
      const now = contents(out);
      expect(now.get('notes.txt')).toBe('mine');
      const tables = [...now].filter(([path]) => path.startsWith('tables/'));
      // tables/ is old, new or absent as a whole...
      const state = (map: Map<string, string>) =>
        tables.length === 0
          ? 'absent'
          : tables.every(([path, text]) => map.get(path) === text) &&
              tables.length === [...map.keys()].filter((p) => p.startsWith('tables/')).length
            ? 'whole'
            : 'mixed';
      expect([state(old), state(fresh)]).not.toEqual(['mixed', 'mixed']);
      // ...and datapackage.json is there only beside the tables it describes.
      if (now.has('datapackage.json')) {
        const which = now.get('datapackage.json') === old.get('datapackage.json') ? old : fresh;
        expect(state(which)).toBe('whole');
      }
      const again = await cli(['export', '--format', 'csv', '--out', out, '--force']);
      expect(again.status, again.stderr).toBe(0);
      expect(contents(out)).toEqual(new Map([...fresh, ['notes.txt', 'mine']]));
    }
    expect(killed).toBeGreaterThan(fresh.size);
  });
});

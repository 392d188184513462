// The build writes dist/ beside it and renames it into place: a build that fails, or is killed at
// any one of its file-system calls, leaves the previous dist/ whole (or, killed between the two
// renames, none, with the previous one kept beside it); never a half one.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { leftoversBeside, replaceFolder } from '../../tools/publish/replace-folder.ts';

// A kill, as the process sees it: from the chosen call on, the file system does nothing more.
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
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const OLD = { 'index.js': 'old entry', 'index.node.js': 'old node entry', 'data.json': 'old' };
const NEW = { 'index.js': 'new entry', 'index.node.js': 'new node entry', 'data.json': 'new' };

function withOldDist(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'ccp-replace-'));
  made.push(root);
  const dist = join(root, 'dist');
  fs.mkdirSync(dist);
  for (const [name, text] of Object.entries(OLD)) fs.writeFileSync(join(dist, name), text);
  return { root, dist };
}

const read = (dist: string) =>
  Object.fromEntries(
    readdirSync(dist).map((name) => [name, readFileSync(join(dist, name), 'utf8')]),
  );

/** A build that writes the entries one by one, as tsup does, the Node entry last. */
const build = (dir: string) => {
  for (const [name, text] of Object.entries(NEW)) fs.writeFileSync(join(dir, name), text);
};

describe('replaceFolder', () => {
  it('puts the new folder in place, and leaves nothing beside it', async () => {
    const { root, dist } = withOldDist();
    await replaceFolder(dist, build);
    expect(read(dist)).toEqual(NEW);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the previous folder as it was when the build fails half-way', async () => {
    const { root, dist } = withOldDist();
    await expect(
      replaceFolder(dist, (dir) => {
        fs.writeFileSync(join(dir, 'index.js'), 'new entry');
        throw new Error('JavaScript heap out of memory');
      }),
    ).rejects.toThrow('heap');
    expect(read(dist)).toEqual(OLD);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the previous folder, or the new one, whole when killed at any call', async () => {
    let killed = 0;
    for (let at = 1; ; at++) {
      const { root, dist } = withOldDist();
      kill.at = at;
      kill.calls = 0;
      await replaceFolder(dist, build).catch(() => undefined);
      kill.at = 0;
      if (kill.calls < at) break;
      killed++;
      const left = leftoversBeside(dist);
      expect(readdirSync(root).sort()).toEqual(
        [
          ...(fs.existsSync(dist) ? ['dist'] : []),
          ...left.map((p) => p.slice(root.length + 1)),
        ].sort(),
      );
      if (fs.existsSync(dist)) expect([OLD, NEW]).toContainEqual(read(dist));
      // Killed between the renames: no dist/, and the previous one kept whole beside it.
      else expect(left.map((p) => read(p))).toContainEqual(OLD);
    }
    expect(killed).toBeGreaterThan(Object.keys(NEW).length);
  });
});

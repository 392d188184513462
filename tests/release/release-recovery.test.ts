// `npm run release` that stops half-way: when a step after the first write fails (here, the
// build), every file it changed is put back and a rerun works; when it is killed (-9), the journal
// it left makes the next release refuse, and `--restore` puts the files back.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';
import { releaseFiles } from '../../tools/publish/release-journal.ts';
import { releaseClone } from '../helpers/release-clone.ts';

const clone = releaseClone();
const tsx = fromRoot('node_modules/tsx/dist/cli.mjs');
const JOURNAL = join(clone, '.release-in-progress.json');
const build = join(clone, 'scripts/build.ts');
const realBuild = readFileSync(build, 'utf8');
let files: string[];
let before: Map<string, string>;

const release = (...args: string[]) => {
  const r = spawnSync(process.execPath, [tsx, 'scripts/release.ts', ...args], {
    cwd: clone,
    encoding: 'utf8',
  });
  return { status: r.status, signal: r.signal, out: `${r.stdout}${r.stderr}` };
};
const state = () =>
  new Map(
    files.map((f) => [f, existsSync(join(clone, f)) ? readFileSync(join(clone, f), 'utf8') : '']),
  );

beforeAll(() => {
  files = releaseFiles(clone);
  before = state();
});
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a release whose build fails', () => {
  it('puts back every file it changed, says so in one line, and leaves no journal', () => {
    writeFileSync(build, 'process.exit(3);\n');
    const r = release('--date', '2030-01-02');
    writeFileSync(build, realBuild);
    expect(r.status).toBe(1);
    const last = r.out.trim().split('\n').at(-1);
    expect(last).toMatch(
      /^release: `.*scripts\/build\.ts` failed \(exit 3\); package\.json, CHANGELOG\.md, CITATION\.cff, \.zenodo\.json, data\/released-ids\.json, \.changeset\/.*\.md restored as they were, so the release can be run again$/,
    );
    expect(r.out).not.toMatch(/\n\s+at /);
    expect(state()).toEqual(before);
    expect(existsSync(JOURNAL)).toBe(false);
  });
});

describe.skipIf(process.platform !== 'linux')('a release killed half-way (-9)', () => {
  it('leaves a journal; the next release refuses, naming --restore; --restore puts the files back', () => {
    // The build kills the release process: its parent is tsx's launcher, whose parent is it.
    writeFileSync(
      build,
      `import { readFileSync } from 'node:fs';
const parentOf = (pid) => Number(readFileSync(\`/proc/\${pid}/stat\`, 'utf8').split(') ')[1].split(' ')[1]);
process.kill(process.ppid === 0 ? 0 : parentOf(process.ppid), 'SIGKILL');
`,
    );
    const killed = release('--date', '2030-01-02');
    writeFileSync(build, realBuild);
    expect(killed.status).not.toBe(0);
    expect(existsSync(JOURNAL)).toBe(true);
    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version).not.toBe(
      JSON.parse(before.get('package.json') ?? '{}').version,
    );

    const refused = release('--date', '2030-01-02');
    expect(refused.status).toBe(1);
    expect(refused.out.trim()).toMatch(
      /^release: a release was interrupted and \.release-in-progress\.json holds the files as they were: run `npm run release -- --restore` \(or `git checkout` package\.json, .*\), then release again$/,
    );

    const restored = release('--restore');
    expect(restored.status, restored.out).toBe(0);
    expect(restored.out.trim()).toMatch(/^release: restored package\.json, .* as they were/);
    expect(state()).toEqual(before);
    expect(existsSync(JOURNAL)).toBe(false);
  });
});

describe('after either', () => {
  it('a release runs through', () => {
    const r = release('--date', '2030-01-02');
    expect(r.status, r.out).toBe(0);
    expect(existsSync(JOURNAL)).toBe(false);
    expect(r.out).toContain('released ');
  });
});

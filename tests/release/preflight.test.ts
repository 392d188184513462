// A build or release checks what it needs before it changes anything: a release date the
// validator accepts (a date Date.parse rolls over, like 30 February, is none), and a dist/ it
// can clear.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badReleaseDate, distProblem } from '../../tools/publish/preflight.ts';
import { unwritable } from '../../tools/publish/release-journal.ts';

const dir = mkdtempSync(join(tmpdir(), 'ccp-preflight-'));
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});
const root = process.getuid?.() === 0;

describe('the release date', () => {
  it.each(['2027-02-30', '2026-02-29', '2026-13-01', '2026-04-31'])(
    'refuses %s, which is no day of the calendar',
    (date) => {
      expect(badReleaseDate(date)).toBe(
        `--date ${date} is not a day of the calendar: give a real date as YYYY-MM-DD`,
      );
    },
  );

  it.each(['2026-12-1', 'tomorrow', '2026/12/01'])(
    'refuses %s, which is not YYYY-MM-DD',
    (date) => {
      expect(badReleaseDate(date)).toBe(`--date ${date} is not a date: give it as YYYY-MM-DD`);
    },
  );

  it.each(['2028-02-29', '2026-12-01'])('accepts %s', (date) => {
    expect(badReleaseDate(date)).toBeUndefined();
  });
});

describe('dist/', () => {
  it('may be missing, or a folder the builder can clear', () => {
    expect(distProblem(join(dir, 'none'))).toBeUndefined();
    mkdirSync(join(dir, 'ok', 'release'), { recursive: true });
    writeFileSync(join(dir, 'ok', 'release', 'old.txt'), 'x');
    expect(distProblem(join(dir, 'ok'))).toBeUndefined();
  });

  it('is refused when it is a file', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(distProblem(join(dir, 'file'))).toBe(
      `${join(dir, 'file')} is a file, not a folder: move it away, then build again`,
    );
  });

  it.skipIf(root)('is refused, naming the folder, when a folder in it cannot be cleared', () => {
    const locked = join(dir, 'locked', 'release');
    mkdirSync(locked, { recursive: true });
    writeFileSync(join(locked, 'old.txt'), 'x');
    chmodSync(locked, 0o555);
    expect(distProblem(join(dir, 'locked'))).toBe(
      `${locked} cannot be cleared (permission denied): give it back to the user who builds, or remove it, then build again`,
    );
    chmodSync(locked, 0o755);
  });
});

describe('the files a release writes', () => {
  const repo = () => {
    const root = mkdtempSync(join(dir, 'repo-'));
    mkdirSync(join(root, '.changeset'));
    mkdirSync(join(root, 'data'));
    for (const f of ['package.json', 'CHANGELOG.md', 'CITATION.cff', '.zenodo.json'])
      writeFileSync(join(root, f), 'x');
    writeFileSync(join(root, 'data/released-ids.json'), '{}');
    writeFileSync(join(root, '.changeset/brave-cats.md'), '---\n---\n');
    return root;
  };

  it('are all writable in a clone of the repository', () => {
    expect(unwritable(repo())).toBeUndefined();
  });

  it.skipIf(root)(
    'are refused before the first write, naming the file, when one is read-only',
    () => {
      const clone = repo();
      chmodSync(join(clone, 'CITATION.cff'), 0o444);
      expect(unwritable(clone)).toBe(
        `${join(clone, 'CITATION.cff')} is not writable, and the release must change it: check its permissions, then release again`,
      );
      chmodSync(join(clone, '.changeset'), 0o555);
      chmodSync(join(clone, 'CITATION.cff'), 0o644);
      expect(unwritable(clone)).toMatch(/\.changeset is not writable/);
      chmodSync(join(clone, '.changeset'), 0o755);
    },
  );
});

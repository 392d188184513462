import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function tsc(cwd: string): string {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

// What a fresh clone has before `npm run build`: the tracked sources and configuration, the
// installed node_modules, and no dist/.
const CLONE_FILES = ['src', 'tools', 'scripts', 'tests', 'package.json', 'tsconfig.json'];
const CLONE_FILES_OPTIONAL = ['tsup.config.ts', 'vitest.config.ts'];

function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-clone-'));
  for (const name of [...CLONE_FILES, ...CLONE_FILES_OPTIONAL]) {
    if (existsSync(join(ROOT, name)))
      cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

// `npm test` type-checks the working tree first (`tsc -p .`, before the build). This is the check
// a working tree cannot make: that a fresh clone type-checks before any build has written dist/.
// One tsc run proves it and proves that it can fail: a source that needs dist/ is planted in the
// clone, and its error must be the only one.
describe('the TypeScript sources', () => {
  let clone: string | undefined;
  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('type-check on a fresh clone before any build, and a source that needs dist/ is the one error', () => {
    clone = freshClone();
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    const planted = join(clone, 'src/needs-dist.ts');
    writeFileSync(
      planted,
      readFileSync(join(ROOT, 'src/data.ts'), 'utf8').replace(
        "'#data.json'",
        "'../dist/data.json'",
      ),
    );
    const errors = tsc(clone)
      .split('\n')
      .filter((line) => /error TS\d+/.test(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^src\/needs-dist\.ts.*Cannot find module '\.\.\/dist\/data\.json'/);
  });
});

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

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
const CLONE_FILES = ['src', 'scripts', 'tests', 'package.json', 'tsconfig.json'];
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

describe('the TypeScript sources', () => {
  const clones: string[] = [];
  afterAll(() => {
    for (const dir of clones) rmSync(dir, { recursive: true, force: true });
  });

  it('type-check, the generated types agreeing with the Zod schemas (tests/schema/types.test-d.ts)', () => {
    expect(tsc(ROOT)).toBe('');
  });

  it('type-check on a fresh clone, before any build has written dist/', () => {
    const clone = freshClone();
    clones.push(clone);
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    expect(tsc(clone)).toBe('');
  });

  it('would catch a source that needs dist/ to type-check', () => {
    const clone = freshClone();
    clones.push(clone);
    cpSync(join(ROOT, 'src/data.ts'), join(clone, 'src/needs-dist.ts'));
    const source = join(clone, 'src/needs-dist.ts');
    execFileSync('sed', ['-i', "s|'#data.json'|'../dist/data.json'|", source]);
    expect(tsc(clone)).toMatch(/src\/needs-dist\.ts.*Cannot find module '\.\.\/dist\/data\.json'/);
  });
});

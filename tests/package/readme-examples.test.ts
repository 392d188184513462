import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

/** Each ```js block of a page's section `heading` with the ```text block that shows its output. */
function examplesOf(page: string, heading: string): { code: string; output: string }[] {
  const usage = page.split(new RegExp(`^## ${heading}$`, 'm'))[1]?.split(/^## /m)[0] ?? '';
  return [...usage.matchAll(/```js\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/g)].map((m) => ({
    code: m[1] ?? '',
    output: (m[2] ?? '').trimEnd(),
  }));
}

const examples = [
  ...examplesOf(readFileSync(fromRoot('README.md'), 'utf8'), 'A first look'),
  ...examplesOf(readFileSync(fromRoot('docs/library.md'), 'utf8'), 'Usage'),
];
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'ccp-readme-'));
  const tarball = inject('tarball');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'readme', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', tarball, '--no-audit', '--no-fund', '--offline', '--no-package-lock'],
    { cwd: project, stdio: 'pipe' },
  );
  // The schema example needs zod, the optional peer; lend it the one this repository pins.
  symlinkSync(fromRoot('node_modules/zod'), join(project, 'node_modules/zod'), 'dir');
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the usage examples of the README and docs/library.md', () => {
  it('are there to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples.map((e, i) => [i + 1, e.code.split('\n')[0], e] as const))(
    'example %i (%s) prints what the page shows',
    (i, _first, example) => {
      const file = join(
        project,
        `example-${i}.${example.code.startsWith('// CommonJS') ? 'cjs' : 'mjs'}`,
      );
      writeFileSync(file, example.code);
      const result = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.stdout.trimEnd()).toBe(example.output);
    },
  );
});

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdit, copyDataDir, VALID_FIXTURE } from '../helpers/data-dir.ts';

const TSX = new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url).pathname;
const run = (script: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    [TSX, new URL(`../../scripts/${script}`, import.meta.url).pathname, ...args],
    { encoding: 'utf8' },
  );

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('npm run validate', () => {
  it('exits 0 and says so on valid data', () => {
    const result = run('validate.ts', VALID_FIXTURE);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid: .* has 1 document\(s\), 4 position\(s\)/);
  });

  it('prints every problem as dir/file:pointer: message, without a stack trace, and exits 1', () => {
    const dir = copyDataDir();
    made.push(dir);
    applyEdit(dir, {
      file: 'documents/tst-2025-demo.json',
      set: '/positions/0/stance/value',
      value: 'against',
    });
    applyEdit(dir, { file: 'actors.json', text: '{ not json' });
    const result = run('validate.ts', dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${dir}/actors.json:: not valid JSON at line 1, column 3: 'n' (U+006E) where a key in double quotes should be; fix the syntax there`,
      `${dir}/documents/tst-2025-demo.json:/positions/0/stance/value: "against" is not allowed: use one of "support", "oppose", "conditional", "mixed", "neutral"`,
      `error: 2 problems in ${dir}/`,
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a directory that is not there as problems, not a crash', () => {
    const result = run('validate.ts', '/nonexistent/data');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/nonexistent/data/actors.json:: file is missing');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run format:data', () => {
  it('rewrites a hand-formatted file in canonical form, keeping every value', () => {
    const dir = copyDataDir();
    made.push(dir);
    const path = join(dir, 'events.json');
    const before = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    writeFileSync(path, JSON.stringify(before));
    const result = run('format-data.ts', dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`formatted ${path}`);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(before, null, 2)}\n`);
  });

  it('refuses to rewrite a file with a duplicate key, which would lose one of the values', () => {
    const dir = copyDataDir();
    made.push(dir);
    const path = join(dir, 'events.json');
    const raw = readFileSync(path, 'utf8').replace(
      '"place": "Hanoi",',
      '"place": "Hanoi",\n      "place": "Ha Noi",',
    );
    writeFileSync(path, raw);
    const result = run('format-data.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${path}: key "place" twice at line`);
    expect(readFileSync(path, 'utf8')).toBe(raw);
  });
});

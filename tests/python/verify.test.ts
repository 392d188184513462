import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';
import { inCI as isCI } from '../helpers/ci.ts';

// The proof that R and Python users need no JavaScript runs on the files of the packed tarball.
// It needs a Python with jsonschema (Debian's python3-jsonschema, which .ci/run installs): in CI
// its absence is a failure; elsewhere the test says loudly that it skipped.
function findPython(): string | undefined {
  for (const candidate of [process.env.PYTHON, '/usr/bin/python3', 'python3']) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['-c', 'import jsonschema'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

const python = findPython();
const inCI = isCI();
if (!python && !inCI) {
  console.warn(
    '\n*** SKIPPED the Python proof: no python3 with jsonschema (apt-get install python3-jsonschema) ***\n',
  );
}

let dir: string;
let pkg: string;
const run = (packageDir: string) =>
  spawnSync(
    python ?? 'python3',
    [fromRoot('scripts/verify-python.py'), '--package', packageDir, '--data', fromRoot('data')],
    { encoding: 'utf8' },
  );

describe('the Python proof', () => {
  it.runIf(inCI && !python)('has a Python with jsonschema in CI', () => {
    expect(
      python,
      'CI must provide python3 with jsonschema: .ci/run installs python3-jsonschema',
    ).toBeDefined();
  });

  describe.runIf(python)('on the packed package', () => {
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ccp-python-'));
      execFileSync('tar', ['-xzf', inject('tarball'), '-C', dir]);
      pkg = join(dir, 'package');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('validates every file, loads every table, resolves every key and finds CSV and JSON in agreement', () => {
      const result = run(pkg);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
      expect(result.status).toBe(0);
    });

    it('runs the example of docs/other-languages.md as the page shows', () => {
      const readme = readFileSync(fromRoot('docs/other-languages.md'), 'utf8');
      const [, code, output] =
        /```python\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/.exec(readme) ?? [];
      expect(code).toBeDefined();
      mkdirSync(join(dir, 'node_modules'), { recursive: true });
      symlinkSync(pkg, join(dir, 'node_modules/cybercrime-positions'), 'dir');
      writeFileSync(join(dir, 'example.py'), code ?? '');
      const result = spawnSync(python ?? 'python3', ['example.py'], { cwd: dir, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.stdout.trimEnd()).toBe((output ?? '').trimEnd());
    });

    it('fails when a CSV cell disagrees with data.json', () => {
      const path = join(pkg, 'dist/tables/positions.csv');
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, original.replace(',support,', ',oppose,'));
      try {
        const result = run(pkg);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('FAIL positions.csv agrees with data.json row for row');
      } finally {
        writeFileSync(path, original);
      }
    });

    it('fails when a foreign key does not resolve', () => {
      const path = join(pkg, 'dist/tables/position_topics.csv');
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, original.replace(',courtesy,', ',no-such-topic,'));
      try {
        const result = run(pkg);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(
          /FAIL position_topics \['topic'\]=\('no-such-topic',\) resolves in topics/,
        );
      } finally {
        writeFileSync(path, original);
      }
    });
  });
});

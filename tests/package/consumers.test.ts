import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// These tests use the package as users get it: packed by npm, installed from the tarball into a
// fresh project that has nothing else (no zod, no fs tricks), never from the source tree.
let project: string;
const TSC = fromRoot('node_modules/typescript/bin/tsc');

function node(file: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
}

function tsc(config: object, files: Record<string, string>): string {
  const dir = mkdtempSync(join(project, 'ts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], ...config },
      include: ['*.ts', '*.cts', '*.mts'],
    }),
  );
  const result = spawnSync(process.execPath, [TSC, '-p', dir], { cwd: dir, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

beforeAll(() => {
  const tarball = inject('tarball');
  project = mkdtempSync(join(tmpdir(), 'ccp-consumer-'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', tarball, '--no-audit', '--no-fund', '--offline', '--no-package-lock'],
    { cwd: project, stdio: 'pipe' },
  );
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('is installed with nothing else: no zod, no dependencies', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['cybercrime-positions']);
  });

  it('imports from Node ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { positions, withdrawn, findPositions, getPosition, metadata, dataset } from 'cybercrime-positions';
       console.log(JSON.stringify([positions.length, withdrawn.length, findPositions({ article: 14, speechAct: 'interpretation' }).map((p) => p.id), getPosition('irn-2025-hanoi.c01').actor, metadata.codebookVersion, dataset === metadata]));`,
    );
    const result = node('esm.mjs');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([45, 13, ['irn-2025-hanoi.c37'], 'IRN', '3.2', true]);
  });

  it('requires from CommonJS, and loads no zod', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { positions, stanceMatrix } = require('cybercrime-positions');
       const loaded = Object.keys(require.cache).filter((p) => /[\\\\/]zod[\\\\/]/.test(p));
       console.log(JSON.stringify([positions.length, stanceMatrix().IRN['unilateral-coercive-measures'], loaded]));`,
    );
    const result = node('cjs.cjs');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([45, { policy: { oppose: 3 } }, []]);
  });

  it('serves data.json, the JSON Schemas and package.json as subpaths', () => {
    writeFileSync(
      join(project, 'subpaths.cjs'),
      `const data = require('cybercrime-positions/data.json');
       const schema = require('cybercrime-positions/schema/dataset.schema.json');
       const pkg = require('cybercrime-positions/package.json');
       // The data's version is package.json's for a release; between releases it runs ahead.
       const same = data.__meta.released ? data.__meta.version === pkg.version : data.__meta.version.endsWith('+' + data.__meta.fingerprint.slice(0, 8));
       console.log(JSON.stringify([data.positions.length, data.withdrawn.length, same, schema.$schema]));`,
    );
    const result = node('subpaths.cjs');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      45,
      13,
      true,
      'https://json-schema.org/draft/2020-12/schema',
    ]);
  });

  it('installs the command line, which runs (validate included) without zod installed', () => {
    const bin = join(project, 'node_modules/.bin/cybercrime-positions');
    const version = spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')).__meta.version,
    );
    const list = spawnSync(bin, ['list', '--article', '14', '--format', 'jsonl'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(list.stdout.trim().split('\n')).toHaveLength(8);
    const validate = spawnSync(bin, ['validate', fromRoot('data')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
  });

  it('gives Node the flavour that reads data.json, and bundlers one with no Node built-ins', () => {
    const dist = join(project, 'node_modules/cybercrime-positions/dist');
    expect(readFileSync(join(dist, 'index.node.js'), 'utf8')).toMatch(/readFileSync/);
    for (const file of ['index.js', 'index.cjs'])
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(
        /node:|require\(['"]fs['"]\)|from ['"]fs['"]/,
      );
    const resolved = spawnSync(
      process.execPath,
      ['-p', "require.resolve('cybercrime-positions')"],
      { cwd: project, encoding: 'utf8' },
    );
    expect(resolved.stdout.trim()).toMatch(/dist[\\/]index\.node\.cjs$/);
  });

  it('keeps zod out of the main entry', () => {
    for (const file of [
      'index.js',
      'index.cjs',
      'index.node.js',
      'index.node.cjs',
      'index.d.ts',
      'index.d.cts',
    ]) {
      expect(
        readFileSync(join(project, 'node_modules/cybercrime-positions/dist', file), 'utf8'),
        file,
      ).not.toMatch(/from ['"]zod['"]|require\(['"]zod['"]\)/);
    }
  });

  const consumer = `import { findPositions, getPosition, type Position, type StanceValue } from 'cybercrime-positions';
const found: readonly Position[] = findPositions({ topic: 'technical-assistance', stance: 'conditional' });
const value: StanceValue | undefined = getPosition('irn-2025-hanoi.c17')?.stance.value;
const start: number | undefined = found[0]?.quote.start;
// @ts-expect-error stance values are a closed list
findPositions({ stance: 'against' });
export { value, start };
`;
  const cjsConsumer = `import ccp = require('cybercrime-positions');
const n: number = ccp.positions.length;
const id: string | undefined = ccp.findPositions({ article: 54 })[0]?.id;
export = [n, id];
`;

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks a TypeScript consumer under moduleResolution %s', (_name, options) => {
    const files: Record<string, string> = { 'consumer.ts': consumer };
    if (options.module !== 'esnext') files['consumer.cts'] = cjsConsumer;
    expect(tsc(options, files)).toBe('');
  });

  it('fails a TypeScript consumer that misuses the types (the check can fail)', () => {
    const output = tsc(
      { module: 'nodenext', moduleResolution: 'nodenext' },
      {
        'bad.ts': `import { getPosition } from 'cybercrime-positions';\nconst n: number = getPosition('x');\nexport { n };\n`,
      },
    );
    expect(output).toMatch(/error TS2322/);
  });
});

describe('package linting', () => {
  it('publint finds nothing', () => {
    const result = spawnSync(
      process.execPath,
      [fromRoot('node_modules/publint/src/cli.js'), '--strict'],
      { cwd: fromRoot(), encoding: 'utf8' },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('attw finds no problem in any resolution mode', () => {
    const result = spawnSync(
      process.execPath,
      [fromRoot('node_modules/@arethetypeswrong/cli/dist/index.js'), inject('tarball')],
      { cwd: fromRoot(), encoding: 'utf8' },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No problems found');
  });
});

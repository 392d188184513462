import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// The data is inlined in exactly one flavour (dist/index.js and .cjs, for bundlers and browsers).
// The Node flavour reads dist/data.json, and the command line reaches the data through the Node
// flavour: a second copy there would be parsed as source on every import.
const dist = fromRoot('dist');
const data = JSON.parse(readFileSync(join(dist, 'data.json'), 'utf8')) as {
  __meta: { fingerprint: string };
  positions: { quote: { text: string } }[];
};
const marks = [
  data.__meta.fingerprint,
  (data.positions[0] as { quote: { text: string } }).quote.text,
];
const carriesData = (file: string) => {
  const text = readFileSync(join(dist, file), 'utf8');
  return marks.some((mark) => text.includes(mark));
};

describe('the built flavours', () => {
  it('inline the data in the bundler and browser entry only', () => {
    expect(carriesData('index.js')).toBe(true);
    expect(carriesData('index.cjs')).toBe(true);
    const others = readdirSync(dist).filter(
      (f) => /\.(c|m)?js$/.test(f) && f !== 'index.js' && f !== 'index.cjs',
    );
    expect(others).toContain('index.node.js');
    expect(others).toContain('cli.js');
    expect(others.filter(carriesData)).toEqual([]);
  });

  it('give runtimes that cannot read a file beside the module (deno) and Node bundles the inlined flavour', () => {
    const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
      exports: { '.': Record<string, unknown> };
    };
    const conditions = Object.keys(pkg.exports['.']);
    // Conditions are matched in order: these must come before "node".
    expect(conditions.indexOf('deno')).toBeLessThan(conditions.indexOf('node'));
    expect(conditions.indexOf('module')).toBeLessThan(conditions.indexOf('node'));
    for (const c of ['deno', 'module'])
      expect(pkg.exports['.'][c]).toEqual({
        types: './dist/index.d.ts',
        default: './dist/index.js',
      });
  });
});

describe('a Node program bundled by esbuild (--platform=node)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['esm', "import { positions, metadata } from 'cybercrime-positions';"],
    ['cjs', "const { positions, metadata } = require('cybercrime-positions');"],
  ] as const)('runs from another folder (%s)', async (format, load) => {
    const app = mkdtempSync(join(tmpdir(), 'ccp-bundle-'));
    dirs.push(app);
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(fromRoot(), join(app, 'node_modules/cybercrime-positions'), 'dir');
    writeFileSync(
      join(app, `app.${format === 'esm' ? 'mjs' : 'cjs'}`),
      `${load}\nconsole.log(positions.length, metadata.fingerprint);\n`,
    );
    // The bundle goes where no data.json is: it must carry what it needs.
    const out = join(app, 'out', `app.${format === 'esm' ? 'mjs' : 'cjs'}`);
    await build({
      entryPoints: [join(app, `app.${format === 'esm' ? 'mjs' : 'cjs'}`)],
      bundle: true,
      platform: 'node',
      format,
      outfile: out,
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${data.positions.length} ${data.__meta.fingerprint}\n`);
  });
});

// `npm run bench`: what importing, querying and validating cost at the real size and at 1,000,
// 10,000 and 100,000 synthetic positions, each against a baseline measured in the same run.
// Writes bench/results.json and prints a table; `--docs` also puts the table in docs/performance.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { synthesize } from '../tools/bench/synthesize.ts';
import { jsonAsParse } from '../tools/json-as-parse.ts';
import { isMain } from '../tools/main.ts';
import { nodeData } from '../tools/node-data.ts';
import { fromRoot } from '../tools/paths.ts';

const TSX = fromRoot('node_modules/tsx/dist/cli.mjs');

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(samples: number[]): Spread {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, min: s[0] ?? 0, max: s.at(-1) ?? 0 };
}

/**
 * Wall time of a fresh Node process for each command, in milliseconds. The commands take turns,
 * one run each per round, so that a machine that slows down or speeds up mid-run weighs on all
 * of them alike, and the baselines stay comparable.
 */
function processTimes<K extends string>(
  commands: Record<K, string[]>,
  reps: number,
): Record<K, Spread> {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let i = 0; i < reps; i++) {
    for (const [key, args] of Object.entries(commands) as [K, string[]][]) {
      const start = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
      times[key].push(performance.now() - start);
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([k, t]) => [k, spread(t as number[])]),
  ) as Record<K, Spread>;
}

function tsx(script: string, args: string[]): unknown {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=8192', TSX, fromRoot(script), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

/**
 * The main entry bundled as tsup bundles it, with the data of `outDir/data.json`: the Node flavour
 * (reads data.json beside it) as ESM and CJS, and the inlined flavour that bundlers and browsers get.
 */
async function bundle(outDir: string): Promise<{ esm: string; cjs: string; inline: string }> {
  const files = {
    esm: join(outDir, 'index.node.mjs'),
    cjs: join(outDir, 'index.node.cjs'),
    inline: join(outDir, 'index.mjs'),
  };
  const common: BuildOptions = {
    entryPoints: [fromRoot('src/index.ts')],
    bundle: true,
    target: 'node20',
    charset: 'utf8',
    logLevel: 'silent',
  };
  await build({
    ...common,
    format: 'esm',
    platform: 'node',
    outfile: files.esm,
    plugins: [nodeData()],
  });
  await build({
    ...common,
    format: 'cjs',
    platform: 'node',
    outfile: files.cjs,
    plugins: [nodeData()],
    // What tsup's shims do: import.meta.url for CommonJS.
    banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  await build({
    ...common,
    format: 'esm',
    platform: 'neutral',
    outfile: files.inline,
    plugins: [jsonAsParse(join(outDir, 'data.json'))],
  });
  return files;
}

export interface SizeResult {
  label: string;
  positions: number;
  validation: {
    ms: number;
    positionsPerSecond: number;
    maxRssMiB: number;
    /** Reading and JSON.parse-ing the same files, in the same process. */
    parseMs: number;
  };
  dataBytes: number;
  /** Ratios are null where the JSON.parse floor is lost in the noise of starting node. */
  import: {
    bare: Spread;
    parse: Spread;
    esm: Spread;
    cjs: Spread;
    inline: Spread;
    esmRatio: number | null;
    cjsRatio: number | null;
    inlineRatio: number | null;
  };
  queries: {
    firstCallMs: number;
    /** The first text search: folding every text and building the trigram index. */
    firstSearchMs: number;
    /** Heap and array buffers the folded texts and the index hold. */
    searchIndexBytes: number;
    cases: Record<string, { indexedMs: number; naiveMs: number; ratio: number }>;
  };
}

async function measure(
  label: string,
  dir: string,
  work: string,
  reps: number,
): Promise<SizeResult> {
  mkdirSync(work, { recursive: true });
  const dataJson = join(work, 'data.json');
  const v = tsx('scripts/bench/validate.ts', [dir, dataJson]) as {
    ms: number;
    positions: number;
    parseMs: number;
    maxRssMiB: number;
  };
  const { esm, cjs, inline } = await bundle(work);
  const {
    bare,
    parse,
    esm: esmTime,
    cjs: cjsTime,
    inline: inlineTime,
  } = processTimes(
    {
      bare: ['-e', ''],
      parse: [
        '-e',
        `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(dataJson)}, 'utf8'))`,
      ],
      esm: ['--input-type=module', '-e', `await import(${JSON.stringify(`file://${esm}`)})`],
      cjs: ['-e', `require(${JSON.stringify(cjs)})`],
      inline: ['--input-type=module', '-e', `await import(${JSON.stringify(`file://${inline}`)})`],
    },
    reps,
  );
  // A ratio to the floor means something only where the floor stands out of the noise: with a
  // small file, reading and parsing it takes less time than node's start-up varies by.
  const floor = parse.median - bare.median;
  const noise = Math.max(bare.max - bare.min, parse.max - parse.min) / 2;
  const over = (t: Spread) =>
    floor > Math.max(3 * noise, 5) ? (t.median - bare.median) / floor : null;
  const queries = tsx('scripts/bench/queries.ts', [esm]) as SizeResult['queries'];
  return {
    label,
    positions: v.positions,
    validation: {
      ms: v.ms,
      positionsPerSecond: v.positions / (v.ms / 1000),
      maxRssMiB: v.maxRssMiB,
      parseMs: v.parseMs,
    },
    dataBytes: readFileSync(dataJson).length,
    import: {
      bare,
      parse,
      esm: esmTime,
      cjs: cjsTime,
      inline: inlineTime,
      esmRatio: over(esmTime),
      cjsRatio: over(cjsTime),
      inlineRatio: over(inlineTime),
    },
    queries,
  };
}

export interface CliResult {
  /** What timed the runs: hyperfine where installed, else this script's own spawns. */
  tool: 'hyperfine' | 'spawn';
  bare: Spread;
  show: Spread;
  search: Spread;
}

/** Wall time of the bin answering a query at the real size, against a bare `node -e 0`. */
function cliTimes(work: string, runs: number): CliResult {
  const bin = fromRoot('dist/cli.js');
  const commands = {
    bare: ['-e', '0'],
    show: [bin, 'show', 'irn-2025-hanoi.c27'],
    search: [bin, 'search', 'فناوری'],
  };
  const hyperfine = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  if (hyperfine.status !== 0) return { tool: 'spawn', ...processTimes(commands, runs) };
  mkdirSync(work, { recursive: true });
  const out = join(work, 'cli-hyperfine.json');
  const args = ['-N', '--warmup', '3', '--runs', String(runs), '--export-json', out];
  for (const [name, a] of Object.entries(commands))
    args.push('-n', name, [process.execPath, ...a].join(' '));
  execFileSync('hyperfine', args, { stdio: 'ignore' });
  const { results } = JSON.parse(readFileSync(out, 'utf8')) as {
    results: { command: string; median: number; min: number; max: number }[];
  };
  const pick = (name: string): Spread => {
    const r = results.find((x) => x.command === name);
    if (!r) throw new Error(`hyperfine gave no result for ${name}`);
    return { median: r.median * 1000, min: r.min * 1000, max: r.max * 1000 };
  };
  return { tool: 'hyperfine', bare: pick('bare'), show: pick('show'), search: pick('search') };
}

/** Packed tarball bytes, and the main entry's code alone (data stubbed out), minified and gzipped. */
async function sizes(work: string): Promise<{
  tarballBytes: number;
  unpackedBytes: number;
  codeGzipBytes: number;
  codeMinBytes: number;
}> {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: fromRoot(), encoding: 'utf8' }),
  ) as { size: number; unpackedSize: number }[];
  const real = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const stub = join(work, 'stub.json');
  writeFileSync(
    stub,
    JSON.stringify({
      ...real,
      documents: [],
      positions: [],
      actors: [],
      topics: [],
      instruments: [],
      events: [],
    }),
  );
  const result = await build({
    entryPoints: [fromRoot('src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    minify: true,
    write: false,
    plugins: [jsonAsParse(stub)],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const stubBytes = Buffer.byteLength(JSON.stringify(readFileSync(stub, 'utf8')));
  return {
    tarballBytes: pack?.size ?? 0,
    unpackedBytes: pack?.unpackedSize ?? 0,
    codeMinBytes: code.length - stubBytes,
    codeGzipBytes: gzipSync(code).length - gzipSync(readFileSync(stub)).length,
  };
}

const ms = (n: number) =>
  n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n >= 0.001 ? n.toFixed(4) : n.toExponential(1);
const x = (n: number) => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)}×`;
/** A ratio to the floor, or, where the floor is in the noise, the time over a bare node. */
const overFloor = (ratio: number | null, t: Spread, bare: Spread) =>
  ratio === null ? `floor in noise; +${ms(t.median - bare.median)} ms` : x(ratio);

export function table(results: {
  machine: Record<string, unknown>;
  sizes: SizeResult[];
  package: Awaited<ReturnType<typeof sizes>>;
  cli: CliResult;
  /** Positions a second of the validator in the run before this one, by size label. */
  previous: Record<string, number>;
}): string {
  const rows = results.sizes;
  const head = `| | ${rows.map((r) => r.label).join(' | ')} |\n|---|${rows.map(() => '---:').join('|')}|`;
  const line = (name: string, f: (r: SizeResult) => string) =>
    `| ${name} | ${rows.map(f).join(' | ')} |`;
  const q = (k: string) => (r: SizeResult) => {
    const c = r.queries.cases[k];
    return c ? `${ms(c.indexedMs)} ms (${x(c.ratio)})` : '';
  };
  return [
    `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; ${results.machine.date}.`,
    '',
    head,
    line('positions', (r) => String(r.positions)),
    line('data.json, MB', (r) => (r.dataBytes / 1e6).toFixed(1)),
    line('Node import ESM, over the JSON.parse floor', (r) =>
      overFloor(r.import.esmRatio, r.import.esm, r.import.bare),
    ),
    line('Node require CJS, over the JSON.parse floor', (r) =>
      overFloor(r.import.cjsRatio, r.import.cjs, r.import.bare),
    ),
    line(
      'Node import ESM, ms (min–max)',
      (r) => `${ms(r.import.esm.median)} (${ms(r.import.esm.min)}–${ms(r.import.esm.max)})`,
    ),
    line(
      'baselines: bare node / JSON.parse, ms',
      (r) => `${ms(r.import.bare.median)} / ${ms(r.import.parse.median)}`,
    ),
    line('inlined entry (bundlers, browsers), over the floor', (r) =>
      overFloor(r.import.inlineRatio, r.import.inline, r.import.bare),
    ),
    line('getPosition (× faster than find)', q('getPosition')),
    line('findPositions topic (× filter)', q('byTopic')),
    line('findPositions article (× filter)', q('byArticle')),
    line('findPositions actor+stance (× filter)', q('byActorAndStance')),
    line('text search (× filter over the folded texts)', q('textSearch')),
    line('first query (builds indexes), ms', (r) => ms(r.queries.firstCallMs)),
    line(
      'first text search (folds, builds the text index), ms / index MiB',
      (r) =>
        `${ms(r.queries.firstSearchMs)} / ${(r.queries.searchIndexBytes / 2 ** 20).toFixed(1)}`,
    ),
    line('validation, positions/s (× the previous run)', (r) => {
      const before = results.previous[r.label];
      const now = r.validation.positionsPerSecond;
      return `${now.toFixed(0)}${before ? ` (${x(now / before)})` : ''}`;
    }),
    line(
      'validation, ms (× reading and JSON.parse of the same files)',
      (r) => `${ms(r.validation.ms)} (${x(r.validation.ms / r.validation.parseMs)})`,
    ),
    line(
      'validation, peak RSS MiB (× data.json)',
      (r) =>
        `${r.validation.maxRssMiB.toFixed(0)} (${x((r.validation.maxRssMiB * 2 ** 20) / r.dataBytes)})`,
    ),
    '',
    `Command line at the real size (${results.cli.tool}, median wall time): \`show ID\` ${ms(results.cli.show.median)} ms (${x(results.cli.show.median / results.cli.bare.median)} a bare \`node -e 0\`), \`search TEXT\` ${ms(results.cli.search.median)} ms (${x(results.cli.search.median / results.cli.bare.median)}); bare node ${ms(results.cli.bare.median)} ms.`,
    '',
    `Package: tarball ${(results.package.tarballBytes / 1024).toFixed(1)} KiB (unpacked ${(results.package.unpackedBytes / 1024).toFixed(1)} KiB); main entry code without data ${(results.package.codeMinBytes / 1024).toFixed(1)} KiB minified, ${(results.package.codeGzipBytes / 1024).toFixed(1)} KiB gzipped.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      reps: { type: 'string', default: '5' },
      out: { type: 'string', default: 'bench/results.json' },
      work: { type: 'string', default: '.bench' },
      docs: { type: 'boolean', default: false },
    },
  });
  const reps = Number(values.reps);
  const work = fromRoot(values.work);
  // The previous run's validation speed, for the ratio to it (same machine, another run).
  let previous: Record<string, number> = {};
  try {
    const before = JSON.parse(readFileSync(fromRoot(values.out), 'utf8')) as {
      sizes: SizeResult[];
    };
    previous = Object.fromEntries(
      before.sizes.map((s) => [s.label, s.validation.positionsPerSecond]),
    );
  } catch {}
  // Small data starts fast and varies as much as it costs: give it more runs.
  const repsFor = (positions: number) => (positions <= 10_000 ? reps * 3 : reps);
  const results: SizeResult[] = [
    await measure('real', fromRoot('data'), join(work, 'real'), repsFor(0)),
  ];
  for (const n of values.sizes.split(',').filter(Boolean).map(Number)) {
    const dir = join(work, `data-${n}`);
    synthesize(dir, n);
    results.push(await measure(n.toLocaleString('en'), dir, join(work, `run-${n}`), repsFor(n)));
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const output = {
    generatedBy: 'scripts/bench.ts (npm run bench); do not edit by hand',
    machine: {
      cpu,
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    },
    sizes: results,
    package: await sizes(work),
    cli: cliTimes(join(work, 'cli'), Math.max(reps * 6, 5)),
    previous,
  };
  const text = table(output);
  mkdirSync(join(fromRoot(values.out), '..'), { recursive: true });
  writeFileSync(fromRoot(values.out), `${JSON.stringify(output, null, 2)}\n`);
  console.log(text);
  if (values.docs) {
    const page = readFileSync(fromRoot('docs/performance.md'), 'utf8');
    const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    if (!marked.test(page))
      throw new Error(
        'docs/performance.md has no <!-- bench:start --> … <!-- bench:end --> section',
      );
    writeFileSync(
      fromRoot('docs/performance.md'),
      page.replace(marked, `<!-- bench:start -->\n${text}\n<!-- bench:end -->`),
    );
  }
}

if (isMain(import.meta.url)) await main();

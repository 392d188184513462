// Child of scripts/bench.ts: validates one data directory, writes its built data.json, and reports
// the validator's time and the process's peak memory as JSON on stdout.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileDataset, withMeta } from '../../src/publish/compile.ts';
import { validateDataDir } from '../../src/validate/index.ts';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: validate.ts <data-dir> <data.json>');
const start = performance.now();
const { problems, context } = validateDataDir(dir);
const ms = performance.now() - start;
if (problems.length > 0) {
  console.error(problems.slice(0, 5));
  process.exit(1);
}
const positions = context.documents.reduce((n, d) => n + d.value.positions.length, 0);
writeFileSync(out, JSON.stringify(withMeta(compileDataset(context), 'bench')));
console.log(JSON.stringify({ ms, positions, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));

// Child of scripts/bench.ts: validates one data directory, writes its built data.json, and reports
// the validator's time and the process's peak memory as JSON on stdout.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateDataDir } from '../../src/validate/index.ts';
import { compileDataset, withMeta } from '../../tools/publish/compile.ts';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: validate.ts <data-dir> <data.json>');
// The floor: reading every JSON file of the directory and JSON.parse-ing it, nothing else. Timed
// after the validation, so that the validation does not find the files in the page cache first
// and the floor not; run twice, the faster kept.
const parseFloor = () => {
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')),
    'folding/fa-fold-v1.json',
    ...readdirSync(join(dir, 'documents')).map((f) => `documents/${f}`),
  ];
  const start = performance.now();
  for (const f of files) JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return performance.now() - start;
};
const start = performance.now();
const { problems, context } = validateDataDir(dir);
const ms = performance.now() - start;
// Peak memory of the validation itself: read before the dataset is compiled and written.
const validationRssMiB = process.resourceUsage().maxRSS / 1024;
const parseMs = Math.min(parseFloor(), parseFloor());
if (problems.length > 0) {
  console.error(problems.slice(0, 5));
  process.exit(1);
}
const positions = context.documents.reduce((n, d) => n + d.value.positions.length, 0);
writeFileSync(out, JSON.stringify(withMeta(compileDataset(context), 'bench')));
console.log(JSON.stringify({ ms, positions, parseMs, maxRssMiB: validationRssMiB }));

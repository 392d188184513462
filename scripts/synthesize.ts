// `tsx scripts/synthesize.ts --positions N --out DIR`: writes a valid synthetic data directory of
// about N positions, with Persian-like source texts whose quotes really are in their paragraphs,
// for benchmarks. The vocabularies are the real ones, plus synthetic States. Never published.
import { parseArgs } from 'node:util';
import { synthesize } from '../tools/bench/synthesize.ts';

const { values } = parseArgs({
  options: {
    positions: { type: 'string', default: '1000' },
    out: { type: 'string', default: '.bench/data-1000' },
    seed: { type: 'string', default: '1' },
  },
});
const result = synthesize(values.out, Number(values.positions), Number(values.seed));
console.log(`wrote ${values.out}: ${result.documents} documents, ${result.positions} positions`);

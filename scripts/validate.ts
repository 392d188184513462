// Validates a data directory: `npm run validate [-- <dir>]`. Prints every problem as
// `file:json-pointer: message` and exits 1 when there is any.
import { parseArgs } from 'node:util';
import { formatProblem, validateDataDir } from '../src/validate/index.ts';
import { isMain } from './lib/main.ts';

function main(): void {
  const { positionals } = parseArgs({ allowPositionals: true });
  const dir = positionals[0] ?? 'data';
  const { problems, context } = validateDataDir(dir);
  for (const p of problems) console.error(formatProblem(p, dir));
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/`);
    process.exitCode = 1;
    return;
  }
  const positions = context.documents.reduce((n, d) => n + d.value.positions.length, 0);
  console.log(`${dir}/ is valid: ${context.documents.length} document(s), ${positions} position(s).`);
}

if (isMain(import.meta.url)) main();

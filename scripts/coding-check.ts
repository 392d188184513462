// `npm run coding:check -- <file> [--data <dir>]`: checks a coder's file with the data's checks:
// the schema, every quote verbatim against the source, ids and references. Exit 1 on any problem.
import { parseArgs } from 'node:util';
import { checkCodingFile } from '../tools/coding/workflow.ts';

let parsed: { values: { data?: string }; positionals: string[] };
try {
  parsed = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\nusage: npm run coding:check -- <file> [--data <dir>]`,
  );
  process.exit(2);
}
const [file, ...rest] = parsed.positionals;
if (!file || rest.length > 0) {
  console.error('usage: npm run coding:check -- <file> [--data <dir>]');
  process.exit(2);
}
const problems = checkCodingFile(file, parsed.values.data ?? 'data');
for (const p of problems) console.error(p);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${file}`);
  process.exitCode = 1;
} else console.log(`valid: ${file}`);

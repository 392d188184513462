// `npm run coding:prepare -- --document <id> --coder <name> --out <file>`: a blind coder's file,
// with the document's paragraphs and nothing of any existing coding. See README, "Coding a
// statement blind".
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareCoding } from '../src/reliability/workflow.ts';
import { canonicalJson } from '../src/validate/json-text.ts';

const usage =
  'usage: npm run coding:prepare -- --document <id> --coder <name> --out <file> [--data <dir>] [--force]';
let values: Record<string, string | boolean | undefined>;
try {
  values = parseArgs({
    options: {
      document: { type: 'string' },
      coder: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      force: { type: 'boolean' },
    },
  }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { document, coder, out } = values as Record<string, string | undefined>;
if (!document || !coder || !out) {
  console.error(`--document, --coder and --out are all needed\n${usage}`);
  process.exit(2);
}
if (existsSync(out) && !values.force) {
  console.error(
    `${out} exists: a coding is never overwritten by accident; give another --out, or --force`,
  );
  process.exit(1);
}
const date = new Date().toISOString().slice(0, 10);
const { value, problems } = prepareCoding((values.data as string) ?? 'data', document, coder, date);
if (!value) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
writeFileSync(out, canonicalJson(value));
const speech = value.paragraphs?.filter((p) => p.role === 'speech').map((p) => p.n) ?? [];
const letter = /^[a-bd-z]/i.test(coder) ? coder[0]?.toLowerCase() : 'x';
console.log(
  [
    `wrote ${out}: ${document}, ${value.paragraphs?.length} paragraphs (speech: ${speech.join(', ')}), codebook ${value.codebookVersion}, coder ${coder}`,
    `Add your claims to "positions" (ids ${document}.${letter}01, ${document}.${letter}02, …), then run`,
    `  npm run coding:check -- ${out}`,
  ].join('\n'),
);

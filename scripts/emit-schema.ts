// `npm run emit-schema`: writes schema/*.schema.json and src/generated/types.ts from the Zod schemas.
// `--check` writes nothing and exits 1 on drift.
import { parseArgs } from 'node:util';
import { writeGeneratedFiles } from '../tools/publish/schema-files.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const { written, stale } = await writeGeneratedFiles(values.check);
  for (const path of written) console.log(`wrote ${path}`);
  if (stale.length > 0) {
    console.error(
      `${stale.join(', ')}: out of date with src/schema; run \`npm run emit-schema\` and commit the result.`,
    );
    process.exitCode = 1;
  }
}

await main();

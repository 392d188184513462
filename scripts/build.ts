// `npm run build`: regenerates schemas and types, validates the data, writes dist/data.json,
// bundles the package with tsup, and prints a summary of the dataset.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build as tsup } from 'tsup';
import { writeArtifacts } from '../src/build/artifacts.ts';
import { compileDataset, withMeta } from '../src/build/compile.ts';
import { fingerprint } from '../src/build/fingerprint.ts';
import type { ReleaseRecord } from '../src/build/release-record.ts';
import type { Dataset } from '../src/generated/types.ts';
import { formatProblem, validateDataDir } from '../src/validate/index.ts';
import { writeGeneratedFiles } from './emit-schema.ts';
import { ID_TYPES_FILE, writeIdTypes } from './lib/id-types.ts';
import { isMain } from './lib/main.ts';
import { fromRoot } from './lib/paths.ts';
import { writeReleaseNotes } from './release-notes.ts';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string })
    .version;
}

/** Validates `dir` and returns the published dataset, or the problems that stop it. */
export function buildDataset(dir: string): {
  dataset?: Dataset;
  record?: ReleaseRecord;
  problems: string[];
} {
  const { problems, context } = validateDataDir(dir);
  if (problems.length > 0) return { problems: problems.map((p) => formatProblem(p, dir)) };
  const version = packageVersion();
  const record = context.data.released?.value;
  const body = compileDataset(context);
  // A release date belongs only to the data that was released: same version, same fingerprint.
  const released =
    record?.version === version && record.fingerprint === fingerprint(body)
      ? record.date
      : undefined;
  return { dataset: withMeta(body, version, released), record, problems: [] };
}

export function summary(dataset: Dataset): string {
  const count = <T>(items: T[], key: (x: T) => string) => {
    const counts = new Map<string, number>();
    for (const x of items) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const active = dataset.positions.filter((p) => p.status === 'active');
  return [
    `cybercrime-positions ${dataset.__meta.version} (data ${dataset.__meta.fingerprint.slice(0, 12)}, codebook ${dataset.__meta.codebookVersion})`,
    `  documents: ${dataset.documents.map((d) => `${d.id} (${dataset.positions.filter((p) => p.document === d.id).length} positions)`).join(', ')}`,
    `  positions: ${dataset.positions.length} (${active.length} active)`,
    `  stances:   ${count(active, (p) => p.stance.value)}`,
    `  topics:    ${count(active, (p) => p.topics[0] ?? '')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  for (const path of (await writeGeneratedFiles(false)).written) console.log(`regenerated ${path}`);
  const { dataset, record, problems } = buildDataset(fromRoot('data'));
  if (!dataset || !record) {
    for (const line of problems) console.error(line);
    console.error(
      `\nbuild stopped: ${problems.length} problem(s) in data/ (run \`npm run validate\` to see them again)`,
    );
    process.exitCode = 1;
    return;
  }
  if (writeIdTypes(fromRoot(ID_TYPES_FILE), dataset)) console.log(`regenerated ${ID_TYPES_FILE}`);
  rmSync(fromRoot('dist'), { recursive: true, force: true });
  mkdirSync(fromRoot('dist'), { recursive: true });
  writeArtifacts(dataset, fromRoot('dist'));
  writeReleaseNotes(record, dataset, fromRoot('dist'));
  await tsup({ config: fromRoot('tsup.config.ts') as never, silent: true });
  console.log(summary(dataset));
}

if (isMain(import.meta.url)) await main();

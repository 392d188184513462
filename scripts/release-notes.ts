// `npm run release-notes`: what changed since the last recorded release. Writes dist/changes.json
// (for machines) and dist/CHANGES.md (for people), and prints the latter. The build runs it too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ChangeList,
  changesMarkdown,
  changesSince,
  type ReleaseRecord,
} from '../src/build/release-record.ts';
import type { Dataset } from '../src/generated/types.ts';
import { buildDataset } from './build.ts';
import { isMain } from './lib/main.ts';
import { fromRoot } from './lib/paths.ts';

export function writeReleaseNotes(
  record: ReleaseRecord,
  dataset: Dataset,
  dir: string,
): ChangeList {
  const changes = changesSince(record, dataset);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'changes.json'), `${JSON.stringify(changes, null, 2)}\n`);
  writeFileSync(join(dir, 'CHANGES.md'), changesMarkdown(changes));
  return changes;
}

function main(): void {
  const { dataset, record, problems } = buildDataset(fromRoot('data'));
  if (!dataset || !record) {
    for (const line of problems) console.error(line);
    process.exitCode = 1;
    return;
  }
  console.log(changesMarkdown(writeReleaseNotes(record, dataset, fromRoot('dist'))));
}

if (isMain(import.meta.url)) main();

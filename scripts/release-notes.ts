// `npm run release-notes`: what changed since the last recorded release. Writes dist/changes.json
// (for machines) and dist/CHANGES.md (for people), and prints the latter. The build runs it too.

import { fromRoot } from '../tools/paths.ts';
import { buildDataset } from '../tools/publish/dataset.ts';
import { writeReleaseNotes } from '../tools/publish/release-notes.ts';
import { changesMarkdown } from '../tools/publish/release-record.ts';

const { dataset, record, problems } = buildDataset(fromRoot('data'));
if (!dataset || !record) {
  for (const line of problems) console.error(line);
  process.exitCode = 1;
} else {
  console.log(changesMarkdown(writeReleaseNotes(record, dataset, fromRoot('dist'))));
}

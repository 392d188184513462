// `npm run release-notes`: what changed since the last recorded release. Writes dist/changes.json
// (for machines) and dist/CHANGES.md (for people), and prints the latter. The build runs it too.
import { buildDataset } from '../src/publish/dataset.ts';
import { writeReleaseNotes } from '../src/publish/release-notes.ts';
import { changesMarkdown } from '../src/publish/release-record.ts';
import { fromRoot } from '../src/tooling/paths.ts';

const { dataset, record, problems } = buildDataset(fromRoot('data'));
if (!dataset || !record) {
  for (const line of problems) console.error(line);
  process.exitCode = 1;
} else {
  console.log(changesMarkdown(writeReleaseNotes(record, dataset, fromRoot('dist'))));
}

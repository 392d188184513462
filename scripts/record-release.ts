// Records a release, run by `npm run release:version` right after `changeset version` has bumped
// package.json: data/released-ids.json gets every new id (with its quote), the status and hash of
// every record, the date and the data fingerprint; CITATION.cff gets the version and date.
import { readFileSync, writeFileSync } from 'node:fs';
import { citationWithIdentity, updateCitation } from '../src/publish/citation.ts';
import { buildDataset, packageVersion } from '../src/publish/dataset.ts';
import { type ReleaseRecord, recordRelease } from '../src/publish/release-record.ts';
import { fromRoot } from '../src/tooling/paths.ts';
import { canonicalJson } from '../src/validate/json-text.ts';

function main(): void {
  const version = packageVersion();
  const date = new Date().toISOString().slice(0, 10);
  const path = fromRoot('data/released-ids.json');
  const { dataset, problems } = buildDataset(fromRoot('data'));
  if (!dataset) {
    console.error(`cannot record a release of invalid data:\n${problems.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const record = recordRelease(
    JSON.parse(readFileSync(path, 'utf8')) as ReleaseRecord,
    dataset,
    version,
    date,
  );
  writeFileSync(path, canonicalJson(record));
  const cff = fromRoot('CITATION.cff');
  writeFileSync(
    cff,
    updateCitation(citationWithIdentity(readFileSync(cff, 'utf8')), version, date),
  );
  console.log(
    `recorded release ${version} of ${date}: ${record.ids.length} ids, data ${record.fingerprint.slice(0, 12)}`,
  );
}

main();

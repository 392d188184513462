// Records a release in data/released-ids.json: every id not yet recorded, with the package version
// that first releases it, and the data fingerprint of the release. Run by `npm run release:version`
// after `changeset version` has bumped package.json. Only appends: a recorded id is never changed.
import { readFileSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import type { ReleasedId, ReleasedIdsFile } from '../src/schema/released.ts';
import { fingerprint } from '../src/build/fingerprint.ts';
import { canonicalJson } from '../src/validate/json-text.ts';
import { buildDataset, packageVersion } from './build.ts';
import { isMain } from './lib/main.ts';
import { fromRoot } from './lib/paths.ts';

type Record_ = z.infer<typeof ReleasedIdsFile>;

export function recordRelease(dir: string, version: string): Record_ {
  const path = `${dir}/released-ids.json`;
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record_;
  const { dataset, problems } = buildDataset(dir);
  if (!dataset) throw new Error(`cannot record a release of invalid data:\n${problems.join('\n')}`);
  const known = new Set(record.ids.map((e) => `${e.kind}:${e.id}`));
  const add = (entry: z.infer<typeof ReleasedId>) => {
    if (!known.has(`${entry.kind}:${entry.id}`)) record.ids.push(entry);
  };
  for (const d of dataset.documents) add({ id: d.id, kind: 'document', since: version });
  for (const p of dataset.positions) add({ id: p.id, kind: 'position', since: version, quote: p.quote.text });
  for (const a of dataset.actors) add({ id: a.id, kind: 'actor', since: version });
  for (const t of dataset.topics) add({ id: t.id, kind: 'topic', since: version });
  for (const i of dataset.instruments) add({ id: i.id, kind: 'instrument', since: version });
  for (const e of dataset.events) add({ id: e.id, kind: 'event', since: version });
  const { __meta: _meta, ...body } = dataset;
  record.version = version;
  record.fingerprint = fingerprint(body);
  writeFileSync(path, canonicalJson(record));
  return record;
}

if (isMain(import.meta.url)) {
  const version = packageVersion();
  const record = recordRelease(fromRoot('data'), version);
  console.log(`recorded release ${version}: ${record.ids.length} ids, data ${record.fingerprint.slice(0, 12)}`);
}

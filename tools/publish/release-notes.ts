import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/generated/types.ts';
import {
  type ChangeList,
  changesMarkdown,
  changesSince,
  type ReleaseRecord,
} from './release-record.ts';

/** Writes changes.json (for machines) and CHANGES.md (for people) into `dir`. */
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

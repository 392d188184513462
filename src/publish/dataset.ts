import { readFileSync } from 'node:fs';
import type { Dataset } from '../generated/types.ts';
import { fromRoot } from '../tooling/paths.ts';
import { formatProblem, validateDataDir } from '../validate/index.ts';
import { compileDataset, withMeta } from './compile.ts';
import { fingerprint } from './fingerprint.ts';
import type { ReleaseRecord } from './release-record.ts';

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

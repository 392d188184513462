import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/generated/types.ts';
import { formatProblem, validateDataDir } from '../../src/validate/index.ts';
import { pendingBumps } from '../changesets.ts';
import { fromRoot } from '../paths.ts';
import { compileDataset, withMeta } from './compile.ts';
import { fingerprint } from './fingerprint.ts';
import type { ReleaseRecord } from './release-record.ts';
import { versionOf } from './version.ts';

const packageJson = () =>
  JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { name: string; version: string };

/** The version in package.json: the package's, which may run ahead of the data's between releases. */
export function packageVersion(): string {
  return packageJson().version;
}

export function packageName(): string {
  return packageJson().name;
}

/** Validates `dir` and returns the published dataset, or the problems that stop it. */
export function buildDataset(dir: string): {
  dataset?: Dataset;
  record?: ReleaseRecord;
  problems: string[];
} {
  const { problems, context } = validateDataDir(dir);
  if (problems.length > 0) return { problems: problems.map((p) => formatProblem(p, dir)) };
  const record = context.data.released?.value;
  const body = compileDataset(context);
  if (!record)
    return {
      problems: [
        `${dir}/released-ids.json: missing: the release record is needed to tell which version this data is`,
      ],
    };
  // One version, one dataset: only the recorded release's data carries its version and date.
  const { version, released, previousRelease } = versionOf({
    packageVersion: packageVersion(),
    fingerprint: fingerprint(body),
    last: record,
    bumps: pendingBumps(packageName()),
  });
  return { dataset: withMeta(body, version, released, previousRelease), record, problems: [] };
}

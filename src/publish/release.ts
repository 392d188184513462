// The release command (`npm run release [-- --date YYYY-MM-DD]`) makes a release in one step. With
// the pending changesets it bumps package.json and writes CHANGELOG.md (`changeset version`);
// records the release (every id, the date, the fingerprint, the release before) in
// data/released-ids.json; writes CITATION.cff and .zenodo.json from src/identity.ts; lists the ids
// the release added, changed and withdrew in CHANGELOG.md; builds (dist/ then reports the release,
// with its date); and writes the release archive with its checksums to dist/release/.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pendingChangesets } from '../tooling/changesets.ts';
import { fromRoot, ROOT } from '../tooling/paths.ts';
import { canonicalJson } from '../validate/json-text.ts';
import { writeReleaseArchive } from './archive.ts';
import { changelogWithIds } from './changelog.ts';
import { citationCff, type Release } from './citation.ts';
import { withMeta } from './compile.ts';
import { buildDataset, packageVersion } from './dataset.ts';
import { badReleaseDate, distProblem } from './preflight.ts';
import { changesSince, recordRelease } from './release-record.ts';
import { zenodoMetadata } from './zenodo.ts';

/** CITATION.cff and .zenodo.json for the recorded release, both from src/identity.ts. */
export function citationFiles(record: Release): Map<string, string> {
  const described = { version: record.version, date: record.date, fingerprint: record.fingerprint };
  return new Map([
    ['CITATION.cff', citationCff(described)],
    ['.zenodo.json', `${JSON.stringify(zenodoMetadata(described), null, 2)}\n`],
  ]);
}

function writeCitationFiles(record: Release): void {
  for (const [path, text] of citationFiles(record)) writeFileSync(fromRoot(path), text);
}

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail(`\`${[command, ...args].join(' ')}\` failed (exit ${r.status})`);
}

export async function release(date: string): Promise<void> {
  // Everything knowable is checked before `changeset version` changes the first file.
  const badDate = badReleaseDate(date);
  if (badDate) fail(badDate);
  const dist = distProblem(fromRoot('dist'));
  if (dist) fail(dist);
  const before = buildDataset(fromRoot('data'));
  if (!before.dataset || !before.record)
    fail(`the data has problems; fix them first:\n${before.problems.join('\n')}`);
  const { dataset, record } = before;
  if (pendingChangesets().length === 0)
    fail('.changeset/ has no changeset, so there is nothing to release: run `npx changeset` first');
  if (date < record.date) fail(`--date ${date} is before the last release (${record.date})`);

  run(fromRoot('node_modules/.bin/changeset'), ['version']);
  const version = packageVersion();
  if (version === record.version)
    fail(`\`changeset version\` left the version at ${version}, which is already released`);

  const { __meta: _meta, ...body } = dataset;
  const next = recordRelease(record, dataset, version, date);
  writeFileSync(fromRoot('data/released-ids.json'), canonicalJson(next));
  writeCitationFiles(next);
  const changes = changesSince(next, withMeta(body, version, date));
  const changelog = fromRoot('CHANGELOG.md');
  writeFileSync(changelog, changelogWithIds(readFileSync(changelog, 'utf8'), version, changes));

  run(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/build.ts')]);
  const built = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as {
    __meta: { version: string; released?: string };
  };
  if (built.__meta.version !== version || built.__meta.released !== date)
    fail(
      `the build reports ${built.__meta.version} (${built.__meta.released ?? 'unreleased'}), not the release ${version} of ${date}`,
    );
  const archive = await writeReleaseArchive(fromRoot('dist'), fromRoot('dist/release'));
  console.log(
    `released ${version} of ${date}: ${next.ids.length} ids (${changes.added.length} added, ${changes.changed.length} changed, ${changes.withdrawn.length} withdrawn), data ${next.fingerprint.slice(0, 12)}; archive ${archive.path}`,
  );
  console.log(
    'Now review and commit package.json, CHANGELOG.md, CITATION.cff, .zenodo.json, data/released-ids.json and the deleted changesets; then publish (npm publish) and deposit the archive.',
  );
}

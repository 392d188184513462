// The release command (`npm run release [-- --date YYYY-MM-DD]`) makes a release in one step. With
// the pending changesets it bumps package.json and writes CHANGELOG.md (`changeset version`);
// records the release (every id, the date, the fingerprint, the release before) in
// data/released-ids.json; writes CITATION.cff and .zenodo.json from src/identity.ts; lists the ids
// the release added, changed and withdrew in CHANGELOG.md; builds (dist/ then reports the release,
// with its date); and writes the release archive with its checksums to dist/release/. If a step
// after the first write fails, every file it changed is put back (tools/publish/release-journal.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Dataset } from '../../src/generated/types.ts';
import { canonicalJson } from '../../src/validate/json-text.ts';
import { pendingChangesets } from '../changesets.ts';
import { fromRoot, ROOT } from '../paths.ts';
import { writeReleaseArchive } from './archive.ts';
import { changelogWithIds } from './changelog.ts';
import { citationCff, type Release } from './citation.ts';
import { withMeta } from './compile.ts';
import { buildDataset, packageVersion } from './dataset.ts';
import { badReleaseDate, distProblem } from './preflight.ts';
import {
  closeJournal,
  JOURNAL,
  openJournal,
  readJournal,
  restore,
  snapshot,
  unwritable,
} from './release-journal.ts';
import { changesSince, type ReleaseRecord, recordRelease } from './release-record.ts';
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

/** A step after the first write that failed: the release puts the files back, then says this. */
class StepFailed extends Error {}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0)
    throw new StepFailed(`\`${[command, ...args].join(' ')}\` failed (exit ${r.status})`);
}

/** `npm run release -- --restore`: puts back what an interrupted release changed. */
export function restoreInterrupted(): void {
  const files = readJournal(ROOT);
  if (!files) fail(`no release is in progress (there is no ${JOURNAL}): nothing to restore`);
  const paths = restore(ROOT, files);
  closeJournal(ROOT);
  console.log(`release: restored ${paths.join(', ')} as they were before the interrupted release`);
}

export async function release(date: string): Promise<void> {
  const interrupted = readJournal(ROOT);
  if (interrupted)
    fail(
      `a release was interrupted and ${JOURNAL} holds the files as they were: run \`npm run release -- --restore\` (or \`git checkout\` ${Object.keys(interrupted).join(', ')}), then release again`,
    );
  // Everything knowable is checked before `changeset version` changes the first file.
  const badDate = badReleaseDate(date);
  if (badDate) fail(badDate);
  const dist = distProblem(fromRoot('dist'));
  if (dist) fail(dist);
  const built = buildDataset(fromRoot('data'));
  if (!built.dataset || !built.record)
    fail(`the data has problems; fix them first:\n${built.problems.join('\n')}`);
  const { dataset, record } = built;
  if (pendingChangesets().length === 0)
    fail('.changeset/ has no changeset, so there is nothing to release: run `npx changeset` first');
  if (date < record.date) fail(`--date ${date} is before the last release (${record.date})`);
  const blocked = unwritable(ROOT);
  if (blocked) fail(blocked);

  const before = snapshot(ROOT);
  openJournal(ROOT, before);
  try {
    await releaseSteps(date, dataset, record);
  } catch (error) {
    const why =
      error instanceof StepFailed
        ? error.message
        : (error as NodeJS.ErrnoException).code
          ? `${(error as NodeJS.ErrnoException).code} at ${(error as NodeJS.ErrnoException).path}`
          : String(error);
    restore(ROOT, before);
    closeJournal(ROOT);
    fail(
      `${why}; ${Object.keys(before).join(', ')} restored as they were, so the release can be run again`,
    );
  }
  closeJournal(ROOT);
}

async function releaseSteps(date: string, dataset: Dataset, record: ReleaseRecord): Promise<void> {
  run(fromRoot('node_modules/.bin/changeset'), ['version']);
  const version = packageVersion();
  if (version === record.version)
    throw new StepFailed(
      `\`changeset version\` left the version at ${version}, which is already released`,
    );

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
    throw new StepFailed(
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

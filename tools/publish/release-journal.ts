// What a release changes, kept as it was before the first write: in memory, to put back when a
// later step fails, and in .release-in-progress.json, because a kill (-9, a power cut) cannot be
// caught. While that file exists a release is half-made, and a new one refuses to start.
import {
  accessSync,
  constants,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pendingChangesets } from '../changesets.ts';

export const JOURNAL = '.release-in-progress.json';

/** Each file by its path under the root, with its text before the release (null: it was not there). */
export type Snapshot = Record<string, string | null>;

/** The files a release writes or deletes, by their path under `root`. */
export function releaseFiles(root: string): string[] {
  return [
    'package.json',
    'CHANGELOG.md',
    'CITATION.cff',
    '.zenodo.json',
    'data/released-ids.json',
    ...pendingChangesets(join(root, '.changeset')).map((f) => `.changeset/${f}`),
  ];
}

/** The first of the release's files, or their folders, that cannot be written, said with the fix. */
export function unwritable(root: string): string | undefined {
  const paths = [root, ...releaseFiles(root).map((p) => join(root, p))];
  for (const path of [...new Set([...paths, ...paths.map(dirname)])]) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch {
      return `${path} is not writable, and the release must change it: check its permissions, then release again`;
    }
  }
  return undefined;
}

export function snapshot(root: string): Snapshot {
  return Object.fromEntries(
    releaseFiles(root).map((p) => [
      p,
      existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : null,
    ]),
  );
}

/** Writes the journal whole (by a rename), so that a kill never leaves half of one. */
export function openJournal(root: string, files: Snapshot): void {
  const temp = join(root, `${JOURNAL}.${process.pid}`);
  writeFileSync(temp, `${JSON.stringify({ files }, null, 2)}\n`);
  renameSync(temp, join(root, JOURNAL));
}

export function closeJournal(root: string): void {
  rmSync(join(root, JOURNAL), { force: true });
}

/** The snapshot an interrupted release left, or undefined when none is in progress. */
export function readJournal(root: string): Snapshot | undefined {
  if (!existsSync(join(root, JOURNAL))) return undefined;
  return (JSON.parse(readFileSync(join(root, JOURNAL), 'utf8')) as { files: Snapshot }).files;
}

/** Puts every file of `files` back as it was; returns their paths. */
export function restore(root: string, files: Snapshot): string[] {
  for (const [path, text] of Object.entries(files))
    if (text === null) rmSync(join(root, path), { force: true });
    else writeFileSync(join(root, path), text);
  return Object.keys(files);
}

import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot, ROOT } from '../../tools/paths.ts';

/**
 * A clean clone in a new temporary folder (the committed and new files of the work tree, nothing
 * of dist/), with something to release: right after a release the repository's data is that
 * release and no changeset waits, so the clone gets a corrected note and a patch changeset.
 * Before a release this adds a change to the ones that wait.
 */
export function releaseClone(): string {
  const clone = mkdtempSync(join(tmpdir(), 'ccp-release-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    cpSync(join(ROOT, f), join(clone, f));
  }
  symlinkSync(fromRoot('node_modules'), join(clone, 'node_modules'));
  const doc = join(clone, 'data/documents/irn-2025-hanoi.json');
  writeFileSync(
    doc,
    readFileSync(doc, 'utf8').replace(/"note": "/, '"note": "Corrected in the release rehearsal. '),
  );
  if (readdirSync(join(clone, '.changeset')).every((f) => f === 'README.md' || !f.endsWith('.md')))
    writeFileSync(
      join(clone, '.changeset/release-rehearsal.md'),
      '---\n"cybercrime-positions": patch\n---\n\nA corrected note.\n',
    );
  return clone;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from './paths.ts';
import { type Bump, changesetBump } from './publish/version.ts';

/** The pending changesets in `.changeset/` (file names), README.md aside. */
export function pendingChangesets(dir = fromRoot('.changeset')): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
}

/** The version bumps the pending changesets ask for this package. */
export function pendingBumps(name: string, dir = fromRoot('.changeset')): Bump[] {
  return pendingChangesets(dir)
    .map((f) => changesetBump(readFileSync(join(dir, f), 'utf8'), name))
    .filter((b): b is Bump => b !== undefined);
}

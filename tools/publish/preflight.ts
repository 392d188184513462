// What a build or a release needs before it changes anything: a date the validator would accept,
// and a dist/ that can be cleared and written. Checked first, so that a release never stops
// half-made (package.json bumped, changesets gone) over something knowable at the start.
import { accessSync, constants, lstatSync, readdirSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { IsoDate } from '../../src/schema/common.ts';

/** Why `date` cannot be a release date, or undefined: the check the validator makes of dates. */
export function badReleaseDate(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return `--date ${date} is not a date: give it as YYYY-MM-DD`;
  if (!IsoDate.safeParse(date).success)
    return `--date ${date} is not a day of the calendar: give a real date as YYYY-MM-DD`;
  return undefined;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why the build could not clear and rewrite `dist`, or undefined: its parent must let a folder be
 * made and replaced, and every folder in it must let its entries be removed.
 */
export function distProblem(dist: string): string | undefined {
  const parent = dirname(dist);
  if (!writable(parent))
    return `${parent} is not writable, so ${dist} cannot be made: check its permissions`;
  const stats = lstatOrUndefined(dist);
  if (!stats) return undefined;
  if (!stats.isDirectory())
    return `${dist} is ${stats.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder: move it away, then build again`;
  const folders = [dist];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    if (!writable(folder))
      return `${folder} cannot be cleared (permission denied): give it back to the user who builds, or remove it, then build again`;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      return `${folder} cannot be read (${(error as NodeJS.ErrnoException).code}): check its permissions`;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (lstatOrUndefined(path)?.isDirectory()) folders.push(path);
    }
  }
  return undefined;
}

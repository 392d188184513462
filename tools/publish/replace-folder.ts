// Makes a folder (dist/) anew without ever leaving half of one: everything is written into a new
// folder beside it, which then takes its place by renames. A build that fails, runs out of heap
// or is killed leaves the previous folder whole (or, killed between the two renames, none, with
// the previous one kept beside it), never a package that installs and then fails on import.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The names the new and the old folder take beside `target` while it is replaced. */
function prefix(target: string): string {
  return `.${basename(target)}-replacing-`;
}

/** Folders beside `target` that an earlier, interrupted replacement left. */
export function leftoversBeside(target: string): string[] {
  try {
    return readdirSync(dirname(target))
      .filter((name) => name.startsWith(prefix(target)))
      .map((name) => join(dirname(target), name));
  } catch {
    return [];
  }
}

/**
 * Runs `write` on a new, empty folder beside `target`, then puts that folder in the place of
 * `target`. If `write` throws, the new folder is removed and `target` is as it was.
 */
export async function replaceFolder(
  target: string,
  write: (folder: string) => Promise<void> | void,
): Promise<void> {
  const stem = join(dirname(target), prefix(target) + randomBytes(6).toString('hex'));
  const fresh = `${stem}-new`;
  mkdirSync(fresh);
  try {
    await write(fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  const old = `${stem}-old`;
  let moved = false;
  try {
    renameSync(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      rmSync(fresh, { recursive: true, force: true });
      throw error;
    }
  }
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (moved) renameSync(old, target);
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  // The new folder is in place: an old one that cannot be removed is named by the next run.
  if (moved)
    try {
      rmSync(old, { recursive: true, force: true });
    } catch {}
}

// Puts a set of files at --out so that an interrupted run (an error, a kill, a full disk) never
// leaves output that looks whole and is not: a fresh --out arrives by one rename; into an existing
// folder, each top-level entry (a file, or the tables/ folder as a whole) arrives by one rename,
// and the descriptor that names the others (datapackage.json) leaves first and arrives last.
import { randomBytes } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Failure } from './io.ts';

/** The name every temporary folder of an export starts with, so that a later run can find it. */
export const TEMP_PREFIX = '.cybercrime-positions-export-';

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** A failure of the file system, said as what the user can do about it. */
export function fsFailure(path: string, error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EISDIR: 'a folder is in the way',
    ENOTDIR: 'a file is in the way',
    EEXIST: 'something is in the way',
    EBUSY: 'it is in use or a mount point',
  };
  return new Failure(
    `cannot write ${path} (${code && Object.hasOwn(why, code) ? why[code] : (code ?? String(error))}): choose another --out, or fix the folder`,
  );
}

/** Temporary folders that an earlier, interrupted export left in `folder`. */
function leftoversIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.startsWith(TEMP_PREFIX))
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** The top-level entries under --out that `files` make: `tables/x.csv` is the entry `tables`. */
function topLevel(files: Map<string, string>): string[] {
  return [...new Set([...files.keys()].map((path) => path.split('/')[0] as string))];
}

/** Checks what is already at --out before anything is written; throws a Failure to stop. */
function checkExisting(files: Map<string, string>, out: string, force: boolean): void {
  const target = resolve(out);
  const clash: string[] = [];
  for (const path of files.keys()) {
    const stats = lstatOrUndefined(join(target, path));
    if (!stats) continue;
    if (!stats.isFile() && !stats.isSymbolicLink())
      throw new Failure(`${join(out, path)} is a folder or other non-file: move it away first`);
    clash.push(join(out, path));
  }
  if (clash.length > 0 && !force)
    throw new Failure(
      `${clash.join(', ')} already exist(s): pass --force to overwrite, or choose another --out`,
    );
  // A folder the export replaces whole (tables/) must hold nothing else, or it would be lost.
  for (const entry of topLevel(files)) {
    const stats = lstatOrUndefined(join(target, entry));
    if (!stats?.isDirectory()) {
      if (stats && !files.has(entry))
        throw new Failure(`${join(out, entry)} is a file, where a folder goes: move it away first`);
      continue;
    }
    if (files.has(entry))
      throw new Failure(`${join(out, entry)} is a folder or other non-file: move it away first`);
    const foreign = readdirSync(join(target, entry)).filter(
      (name) => !files.has(`${entry}/${name}`),
    );
    if (foreign.length > 0)
      throw new Failure(
        `${join(out, entry)} holds ${foreign.map((n) => join(out, entry, n)).join(', ')}, which the export does not write, and it replaces ${join(out, entry)} whole: move them away first`,
      );
  }
}

/** Writes `files` into a new folder `temp`. */
function writeAll(files: Map<string, string>, temp: string): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(temp, path)), { recursive: true });
    writeFileSync(join(temp, path), content, { flag: 'wx' });
  }
}

/** The entries in `entries` moved from `from` to `to`, each by one rename; missing ones skipped. */
function moveEach(entries: string[], from: string, to: string): void {
  for (const entry of entries)
    if (lstatOrUndefined(join(from, entry))) renameSync(join(from, entry), join(to, entry));
}

/**
 * Installs `files` at `out` and returns the leftovers of earlier interrupted exports found beside
 * or inside it (reported, not removed: another export may be writing one of them right now).
 * `descriptor` is the file that describes the others; it is never present beside other files
 * than the ones it describes.
 */
export function installFiles(
  files: Map<string, string>,
  out: string,
  force: boolean,
  descriptor?: string,
): string[] {
  const target = resolve(out);
  const existing = lstatOrUndefined(target);
  if (existing && !existing.isDirectory())
    throw new Failure(
      `--out ${out} is ${existing.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder: choose a folder`,
    );
  const parent = dirname(target);
  // Checked first: recursive mkdir on a path that cannot exist (under /proc) never returns.
  if (!lstatOrUndefined(parent)?.isDirectory())
    throw new Failure(
      `the folder ${parent} does not exist: create it first, or choose another --out`,
    );
  if (existing) checkExisting(files, out, force);
  const leftovers = [...leftoversIn(parent), ...(existing ? leftoversIn(target) : [])];
  // Inside an existing --out, so that every rename stays on one file system (--out may be a mount).
  const temp = join(existing ? target : parent, TEMP_PREFIX + randomBytes(6).toString('hex'));
  try {
    mkdirSync(temp);
  } catch (error) {
    throw fsFailure(existing ? target : parent, error);
  }
  try {
    writeAll(files, join(temp, 'new'));
    if (!existing) {
      renameSync(join(temp, 'new'), target);
      rmSync(temp, { recursive: true, force: true });
      return leftovers;
    }
    const entries = topLevel(files);
    const others = entries.filter((entry) => entry !== descriptor);
    mkdirSync(join(temp, 'old'));
    // The descriptor leaves first and arrives last: while it is away, nothing claims to be whole.
    if (descriptor) moveEach([descriptor], target, join(temp, 'old'));
    for (const entry of others) {
      // A rename replaces a symbolic link itself; it never writes to where the link points.
      if (lstatOrUndefined(join(target, entry))?.isDirectory())
        renameSync(join(target, entry), join(temp, 'old', entry));
      renameSync(join(temp, 'new', entry), join(target, entry));
    }
    if (descriptor) moveEach([descriptor], join(temp, 'new'), target);
  } catch (error) {
    throw error instanceof Failure ? error : fsFailure(out, error);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return leftovers;
}

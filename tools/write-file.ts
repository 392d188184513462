// Writes one file into place whole, or not at all, and never through a symbolic link: the text
// goes to a new temporary file beside the target (opened with O_EXCL, so nothing already there
// is written to), which then becomes the target in one step. Without `force` that step is a hard
// link, which fails if anything (a file, a link, another run's file) took the name meanwhile.
import { linkSync, lstatSync, renameSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileKind } from '../src/validate/read-file.ts';

/** Why a file could not be written, as one line naming it and what to do. */
export class WriteFailure extends Error {}

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'a folder is in the way',
  ENOTDIR: 'a file is in the way',
  ENAMETOOLONG: 'the name is too long',
};

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function failure(path: string, error: unknown, flag: string): WriteFailure {
  const code = (error as NodeJS.ErrnoException).code;
  return new WriteFailure(
    `cannot write ${path} (${code && Object.hasOwn(WHY, code) ? WHY[code] : (code ?? String(error))}): choose another ${flag}, or fix the folder`,
  );
}

/**
 * Writes `text` to `path` as described above. `flag` names the option the path came from, for
 * the messages. Throws a WriteFailure; never leaves a temporary file or half a file behind.
 */
export function writeNewFile(path: string, text: string, force: boolean, flag: string): void {
  const existing = lstatOrUndefined(path);
  if (existing?.isSymbolicLink())
    throw new WriteFailure(
      `${path} is a symbolic link, which is never written through: give the file's own path, or remove the link`,
    );
  if (existing && !existing.isFile())
    throw new WriteFailure(`${path} is ${fileKind(existing)}, not a file: choose another ${flag}`);
  if (existing && !force)
    throw new WriteFailure(
      `${path} exists, and a file is never overwritten by accident: give another ${flag}, or --force`,
    );
  const folder = dirname(path);
  if (!lstatOrUndefined(folder)?.isDirectory())
    throw new WriteFailure(
      `the folder ${folder} does not exist: create it first, or choose another ${flag}`,
    );
  const temp = join(
    folder,
    `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    writeFileSync(temp, text, { flag: 'wx' });
  } catch (error) {
    rmSync(temp, { force: true });
    throw failure(path, error, flag);
  }
  try {
    if (force) renameSync(temp, path);
    else linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new WriteFailure(
        `${path} was created by something else meanwhile, and a file is never overwritten by accident: give another ${flag}, or --force`,
      );
    throw failure(path, error, flag);
  } finally {
    rmSync(temp, { force: true });
  }
}

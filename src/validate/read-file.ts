// Reads one file of a data directory, and only if it is what a data file must be: a regular file
// inside the data directory, no larger than the limit. A FIFO would block the read forever, a
// device would never end, and a symbolic link could reach any file on the machine.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LIMITS } from './limits.ts';

/** Why a file could not be read, as the end of a sentence that starts with its name. */
export class ReadFailure extends Error {
  constructor(
    message: string,
    /** The errno code (ENOENT, EACCES…) when the system refused. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What a non-regular file is, in words. */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** True when `path` is `root` or inside it (both already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

function errnoMessage(code: string | undefined, fallback: string): string {
  switch (code) {
    case 'ENOENT':
      return 'is missing';
    case 'EACCES':
    case 'EPERM':
      return `cannot be read (${code}): check its permissions`;
    case 'ELOOP':
      return 'is a loop of symbolic links: replace it with the file itself';
    case 'ENOTDIR':
      return 'is inside something that is not a folder';
    case 'ENAMETOOLONG':
      return 'has a name too long for the system';
    default:
      return `cannot be read (${code ?? fallback})`;
  }
}

/**
 * The bytes of `rel` in the data directory `dir`, or a ReadFailure saying why not. A symbolic
 * link is followed only when it stays inside the data directory.
 */
export function readDataFile(
  dir: string,
  rel: string,
  maxBytes: number = LIMITS.fileBytes,
): Buffer | ReadFailure {
  const path = join(dir, rel);
  let root: string;
  let real: string;
  try {
    root = realpathSync(dir);
    const link = lstatSync(path);
    try {
      real = realpathSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (link.isSymbolicLink() && code === 'ENOENT')
        return new ReadFailure('is a symbolic link to a file that does not exist');
      return new ReadFailure(errnoMessage(code, String(error)), code);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new ReadFailure(errnoMessage(code, String(error)), code);
  }
  if (!isInside(root, real))
    return new ReadFailure(
      `leads outside the data folder (to ${real}): copy the file into the data folder instead of linking to it`,
    );
  return readRegularFile(real, maxBytes);
}

/**
 * The bytes of the file at `path` (links followed), or a ReadFailure saying why not: it must be a
 * regular file no larger than the limit. For files named on the command line, which may be
 * anywhere; a data directory's files go through `readDataFile`, which also keeps them inside it.
 */
export function readRegularFile(
  path: string,
  maxBytes: number = LIMITS.fileBytes,
): Buffer | ReadFailure {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once; fstat then shows what it is.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new ReadFailure(errnoMessage(code, String(error)), code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return new ReadFailure(`is ${fileKind(stats)}, not a regular file: replace it with a file`);
    if (stats.size > maxBytes)
      return new ReadFailure(
        `is ${stats.size} bytes, over the limit of ${maxBytes} bytes per file: no data file needs that much; check it is the right file`,
      );
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new ReadFailure(errnoMessage(code, String(error)), code);
  } finally {
    closeSync(fd);
  }
}

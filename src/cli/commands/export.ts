import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { artifacts } from '../../export/artifacts.ts';
import type { Command, Values } from '../command.ts';
import { Failure, type Io, oneOf, shown, UsageError } from '../io.ts';
import { wholeDataset } from '../positions.ts';

const help = `Usage: cybercrime-positions export --format csv|jsonl|json --out <dir> [--force]

Write the same files as the build, for use outside JavaScript:
  csv    tables/*.csv and datapackage.json (Frictionless; R and Python 'frictionless' read it)
  jsonl  positions.jsonl, one position per line
  json   data.json, the whole dataset
Existing files are not overwritten unless --force is given.

Examples:
  cybercrime-positions export --format csv --out positions-data
  cybercrime-positions export --format json --out . --force`;

const FILES: Record<string, (path: string) => boolean> = {
  csv: (p) => p.startsWith('tables/') || p === 'datapackage.json',
  jsonl: (p) => p === 'positions.jsonl',
  json: (p) => p === 'data.json',
};

/** The files of one format, by their path under --out. */
function selected(format: string): Map<string, string> {
  const only = FILES[format] as (path: string) => boolean;
  return new Map([...artifacts(wholeDataset())].filter(([path]) => only(path)));
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A failure of the file system, said as what the user can do about it. */
function fsFailure(path: string, error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EISDIR: 'a folder is in the way',
    ENOTDIR: 'a file is in the way',
    EEXIST: 'something is in the way',
  };
  return new Failure(
    `cannot write ${path} (${code && Object.hasOwn(why, code) ? why[code] : (code ?? String(error))}): choose another --out, or fix the folder`,
  );
}

/**
 * Writes every file into a new folder beside --out, then moves it into place: a fresh --out is
 * one rename, so an interrupted export leaves nothing; into an existing folder, every target is
 * checked before anything moves, and each file arrives by a rename, whole.
 */
function install(files: Map<string, string>, out: string, force: boolean): void {
  const target = resolve(out);
  const existing = lstatOrUndefined(target);
  if (existing && !existing.isDirectory())
    throw new Failure(
      `--out ${out} is ${existing.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder: choose a folder`,
    );
  const parent = dirname(target);
  // Checked first: recursive mkdir on a path that cannot exist (under /proc) never returns.
  const parentStats = lstatOrUndefined(parent);
  if (!parentStats?.isDirectory())
    throw new Failure(
      `the folder ${parent} does not exist: create it first, or choose another --out`,
    );
  if (existing) {
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
  }
  let temp: string;
  try {
    temp = mkdtempSync(join(existing ? target : parent, '.cybercrime-positions-export-'));
  } catch (error) {
    throw fsFailure(existing ? target : parent, error);
  }
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(join(temp, path)), { recursive: true });
      writeFileSync(join(temp, path), content, { flag: 'wx' });
    }
    if (!existing) {
      renameSync(temp, target);
      return;
    }
    for (const path of files.keys()) {
      mkdirSync(dirname(join(target, path)), { recursive: true });
      // A rename replaces a symbolic link itself; it never writes to where the link points.
      renameSync(join(temp, path), join(target, path));
    }
  } catch (error) {
    throw error instanceof Failure ? error : fsFailure(out, error);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function run(values: Values, _positionals: string[], io: Io): number {
  const format = oneOf('format', typeof values.format === 'string' ? values.format : undefined, [
    'csv',
    'jsonl',
    'json',
  ] as const);
  if (!format) throw new UsageError('export needs --format csv, jsonl or json');
  if (typeof values.out !== 'string' || values.out === '')
    throw new UsageError('export needs --out <dir>, the folder to write into');
  const files = selected(format);
  install(files, values.out, values.force === true);
  for (const path of files.keys()) io.out(`wrote ${shown(join(values.out, path))}`);
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  help,
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  positionals: false,
  run,
};

import { join } from 'node:path';
import { artifacts } from '../../export/artifacts.ts';
import type { Command, Values } from '../command.ts';
import { type Io, oneOf, shown, UsageError } from '../io.ts';
import { installFiles } from '../out-folder.ts';
import { wholeDataset } from '../positions.ts';

const help = `Usage: cybercrime-positions export --format csv|jsonl|json --out <dir> [--force]

Write the same files as the build, for use outside JavaScript:
  csv    tables/*.csv and datapackage.json (Frictionless; R and Python 'frictionless' read it)
  jsonl  positions.jsonl, one position per line
  json   data.json, the whole dataset
Existing files are not overwritten unless --force is given. An interrupted export leaves the
files at --out as they were or wholly new (tables/ and datapackage.json together), never a mix.

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
  const leftovers = installFiles(files, values.out, values.force === true, 'datapackage.json');
  if (leftovers.length > 0)
    io.err(
      `export: ${leftovers.map(shown).join(', ')} ${leftovers.length === 1 ? 'was' : 'were'} left by an interrupted export: remove ${leftovers.length === 1 ? 'it' : 'them'} once no export is running`,
    );
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

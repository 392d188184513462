import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, writeArtifacts } from '../../export/artifacts.ts';
import type { Command, Values } from '../command.ts';
import { Failure, type Io, oneOf, UsageError } from '../io.ts';
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

function run(values: Values, _positionals: string[], io: Io): number {
  const format = oneOf('format', typeof values.format === 'string' ? values.format : undefined, [
    'csv',
    'jsonl',
    'json',
  ] as const);
  if (!format) throw new UsageError('export needs --format csv, jsonl or json');
  if (typeof values.out !== 'string' || values.out === '')
    throw new UsageError('export needs --out <dir>, the folder to write into');
  const dir = values.out;
  const data = wholeDataset();
  const only = FILES[format] as (path: string) => boolean;
  const clash = [...artifacts(data).keys()].filter(only).filter((p) => existsSync(join(dir, p)));
  if (clash.length > 0 && !values.force) {
    throw new Failure(
      `${clash.map((p) => join(dir, p)).join(', ')} already exist(s): pass --force to overwrite, or choose another --out`,
    );
  }
  for (const path of writeArtifacts(data, dir, only)) io.out(`wrote ${join(dir, path)}`);
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the CSV tables, JSONL or JSON files',
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

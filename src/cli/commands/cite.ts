import { CITE_FORMATS, cite as citation } from '../../index.ts';
import type { Command, Values } from '../command.ts';
import { Failure, type Io, oneOf, UsageError } from '../io.ts';

const help = `Usage: cybercrime-positions cite [position-id] [--format apa|bibtex|biblatex|csl-json|ris]

Cite the dataset, or one position. Every format carries the package version, the position id and
the data fingerprint, so a reader can check they hold the same data. bibtex is classic BibTeX
(@misc, for plain.bst, natbib and most journal templates); biblatex is @dataset, with version and
date in fields of their own.

Examples:
  cybercrime-positions cite
  cybercrime-positions cite irn-2025-hanoi.c37 --format bibtex >> references.bib`;

function run(values: Values, positionals: string[], io: Io): number {
  const format = oneOf('format', values.format, CITE_FORMATS) ?? 'apa';
  if (positionals.length > 1) throw new UsageError('cite takes at most one position id');
  const id = positionals[0];
  const text = citation(id, { format });
  if (text === undefined)
    throw new Failure(
      `no position "${id}": ids look like irn-2025-hanoi.c07 (see cybercrime-positions list)`,
    );
  io.out(text);
  return 0;
}

export const citeCommand: Command = {
  name: 'cite',
  help,
  options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  positionals: true,
  run,
};

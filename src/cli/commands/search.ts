import { findPositions, foldText } from '../../index.ts';
import type { Command, Values } from '../command.ts';
import { type Io, shown, UsageError } from '../io.ts';
import { FILTER_OPTIONS, filterFrom, formatFrom, renderPositions } from '../positions.ts';

const help = `Usage: cybercrime-positions search <text> [filters] [--format text|json|jsonl|csv]

Find positions whose quote or English translation contains the text. Persian matches however it
is typed: with or without zero-width non-joiners and spaces, Arabic or Persian yeh and kaf,
Persian or ASCII digits, diacritics. The filters of 'list' apply too.

Examples:
  cybercrime-positions search "انتقال فناوری"
  cybercrime-positions search "ماده 14" --format json
  cybercrime-positions search sanctions --stance oppose`;

async function run(values: Values, positionals: string[], io: Io): Promise<number> {
  const text = positionals.join(' ').trim();
  if (text === '')
    throw new UsageError(
      'search needs the text to find, e.g. cybercrime-positions search "انتقال فناوری"',
    );
  // Text that folds to nothing (a lone zero-width non-joiner, a tatweel) would match everything.
  if (foldText(text) === '')
    throw new UsageError(
      `search text "${shown(text)}" has no letters or digits to find (it folds to nothing)`,
    );
  const format = formatFrom(values.format, io);
  io.out(await renderPositions(findPositions({ ...filterFrom(values), text }), format, io));
  return 0;
}

export const searchCommand: Command = {
  name: 'search',
  help,
  options: FILTER_OPTIONS,
  positionals: true,
  run,
};

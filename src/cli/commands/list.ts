import { findPositions } from '../../index.ts';
import { SpeechAct, StanceValue, TargetKind } from '../../schema/vocabularies.ts';
import type { Command, Values } from '../command.ts';
import type { Io } from '../io.ts';
import { FILTER_OPTIONS, filterFrom, formatFrom, renderPositions } from '../positions.ts';

const help = `Usage: cybercrime-positions list [filters] [--format text|json|jsonl|csv]

List positions (active ones unless --status says otherwise), in dataset order.

Filters (all must match):
  --actor <id>          e.g. IRN
  --document <id>       e.g. irn-2025-hanoi
  --topic <id>          a topic and its descendants, e.g. technical-assistance
  --stance <value>      ${StanceValue.options.join(', ')}
  --target-kind <kind>  ${TargetKind.options.join(', ')}
  --speech-act <value>  ${SpeechAct.options.join(', ')}
  --article <p>         a provision of the Convention: 14 (with its paragraphs), 14(3),
                        14.3, 1(b); or <instrument>:<provision>, e.g. opsc-2000:2(c)
  --paragraph <n>       paragraph number in the source
  --status <s>          active (default), withdrawn, all
  -f, --format <f>      text (default), json, jsonl, csv

Examples:
  cybercrime-positions list --article 14(3) --stance oppose
  cybercrime-positions list --target-kind provision
  cybercrime-positions list --topic technical-assistance --format csv > assistance.csv`;

function run(values: Values, _positionals: string[], io: Io): number {
  const format = formatFrom(values.format, io);
  io.out(renderPositions(findPositions(filterFrom(values)), format, io));
  return 0;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'List positions, filtered like findPositions',
  help,
  options: FILTER_OPTIONS,
  positionals: false,
  run,
};

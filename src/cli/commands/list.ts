import { findPositions, vocabularies } from '../../index.ts';
import type { Command, Values } from '../command.ts';
import type { Io } from '../io.ts';
import { FILTER_OPTIONS, filterFrom, formatFrom, renderPositions } from '../positions.ts';

// The closed lists from the data's vocabularies (checked against the schema's when the data is
// validated), not from the Zod schema itself: a query loads no Zod.
const ids = (terms: readonly { id: string }[]) => terms.map((t) => t.id).join(', ');

const help = `Usage: cybercrime-positions list [filters] [--format text|json|jsonl|csv]

List positions (those in force unless --status says otherwise), in dataset order, with
the provisions each concerns and how (opposes, supports, concerns, interprets).

Filters (all must match):
  --actor <id>          e.g. IRN
  --document <id>       e.g. irn-2025-hanoi
  --topic <id>          a topic and its descendants, e.g. technical-assistance
  --stance <value>      ${ids(vocabularies.stance)}
  --target-kind <kind>  ${ids(vocabularies.targetKind)}
  --speech-act <value>  ${ids(vocabularies.speechAct)}
  --article <p>         a provision of the Convention: 14 (with its paragraphs), '14(3)',
                        14.3, '1(b)'; or <instrument>:<provision>, e.g. 'opsc-2000:2(c)'
                        (quote forms with brackets: the shell reads them otherwise)
  --paragraph <n>       paragraph number in the source
  --status <s>          active (default), withdrawn, all
  -f, --format <f>      text (default), json, jsonl, csv

Examples:
  cybercrime-positions list --article '14(3)' --stance oppose
  cybercrime-positions list --target-kind provision
  cybercrime-positions list --topic technical-assistance --format csv > assistance.csv`;

async function run(values: Values, _positionals: string[], io: Io): Promise<number> {
  const format = formatFrom(values.format, io);
  io.out(await renderPositions(findPositions(filterFrom(values)), format, io));
  return 0;
}

export const listCommand: Command = {
  name: 'list',
  help,
  options: FILTER_OPTIONS,
  positionals: false,
  run,
};

import { formatProblem, validateDataDir } from '../../validate/index.ts';
import type { Command, Values } from '../command.ts';
import { Failure, type Io, paint, shown, UsageError } from '../io.ts';

const help = `Usage: cybercrime-positions validate [dir]

Check a data directory (default: ./data) against the schemas and every rule beyond them: quotes
verbatim in their paragraphs, source digests, ids, references, released ids, formatting, text
hygiene. Every problem is printed as file:json-pointer: message. Exit 1 if there is any.

Examples:
  cybercrime-positions validate
  cybercrime-positions validate ../my-statements/data`;

function run(_values: Values, positionals: string[], io: Io): number {
  if (positionals.length > 1) throw new UsageError('validate takes at most one directory');
  const dir = positionals[0] ?? 'data';
  const { problems, context } = validateDataDir(dir);
  for (const p of problems) io.err(shown(formatProblem(p, dir)));
  if (problems.length > 0)
    throw new Failure(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/`);
  const count = context.documents.reduce((n, d) => n + d.value.positions.length, 0);
  io.out(
    `${paint(io, 'green', 'valid')}: ${dir}/ has ${context.documents.length} document(s), ${count} position(s)`,
  );
  return 0;
}

export const validateCommand: Command = {
  name: 'validate',
  help,
  options: { help: { type: 'boolean', short: 'h' } },
  positionals: true,
  run,
};

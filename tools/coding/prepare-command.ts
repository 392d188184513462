// `npm run coding:prepare`: a blind coder's file, with the document's paragraphs and nothing of
// any existing coding. A command like the command line's, so that every failure is one line and
// an exit status (1 bad input, 2 usage), never a stack trace.
import type { Command, Values } from '../../src/cli/command.ts';
import { Failure, type Io, shown, UsageError } from '../../src/cli/io.ts';
import { canonicalJson } from '../../src/validate/json-text.ts';
import { LIMITS } from '../../src/validate/limits.ts';
import { hasTextHazard } from '../../src/validate/lint/text.ts';
import { WriteFailure, writeNewFile } from '../write-file.ts';
import { prepareCoding } from './workflow.ts';

const help = `Usage: npm run coding:prepare -- --document <id> --coder <name> --out <file> [--data <dir>] [--force]

Writes a blind coder's file for one document: who codes, the codebook version, the date and the
source's paragraphs, and nothing of any existing coding. An existing --out is never overwritten
unless --force is given, and a symbolic link is never written through.`;

/**
 * The letters a coder's ids should take: the first two letters of the name, so that alice gets
 * "al" and bob "bo". Never a lone a or b (the published codings' letters) nor c (the dataset's).
 */
export function idLetters(coder: string): string {
  const letters = coder.toLowerCase().replace(/[^a-z]/g, '');
  return letters.length >= 2 ? letters.slice(0, 2) : 'x';
}

function run(values: Values, _positionals: string[], io: Io): number {
  const { document, coder, out, data } = values as Record<string, string | undefined>;
  if (!document || !coder || !out)
    throw new UsageError('--document, --coder and --out are all needed');
  if (coder.length > LIMITS.idLength || hasTextHazard(coder) || coder.trim() === '')
    throw new UsageError(
      `--coder must be a name or letters of at most ${LIMITS.idLength} characters, with no control or text-direction characters`,
    );
  const date = new Date().toISOString().slice(0, 10);
  const { value, problems } = prepareCoding(data ?? 'data', document, coder, date);
  if (!value) {
    for (const p of problems.slice(0, -1)) io.err(p);
    throw new Failure(problems.at(-1) ?? 'the coding could not be prepared');
  }
  try {
    writeNewFile(out, canonicalJson(value), values.force === true, '--out');
  } catch (error) {
    if (error instanceof WriteFailure) throw new Failure(error.message);
    throw error;
  }
  const speech = value.paragraphs?.filter((p) => p.role === 'speech').map((p) => p.n) ?? [];
  const letters = idLetters(coder);
  io.out(
    [
      `wrote ${shown(out)}: ${document}, ${value.paragraphs?.length} paragraphs (speech: ${speech.join(', ')}), codebook ${value.codebookVersion}, coder ${shown(coder)}`,
      `Add your claims to "positions" (ids ${document}.${letters}01, ${document}.${letters}02, …), then run`,
      `  npm run coding:check -- ${shown(out)}`,
    ].join('\n'),
  );
  return 0;
}

export const prepareCommand: Command = {
  name: 'coding:prepare',
  help,
  options: {
    document: { type: 'string' },
    coder: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  positionals: false,
  run,
};

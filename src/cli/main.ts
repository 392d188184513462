import { IDENTITY } from '../identity.ts';
import { metadata } from '../index.ts';
import type { Command } from './command.ts';
import { type Io, paintErr } from './io.ts';
import { runCommand } from './run.ts';

/** A verb as the help lists it; its module (and what that imports) is loaded only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

// Each command is imported when it is run, so that a query loads the package and the command
// line, and only validate and export load the Zod schemas.
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'list',
    summary: 'List positions, filtered like findPositions',
    load: async () => (await import('./commands/list.ts')).listCommand,
  },
  {
    name: 'show',
    summary: 'Show one position in its paragraph, with its citation',
    load: async () => (await import('./commands/show.ts')).showCommand,
  },
  {
    name: 'search',
    summary: 'Find positions by Persian or English text',
    load: async () => (await import('./commands/search.ts')).searchCommand,
  },
  {
    name: 'cite',
    summary: 'Cite the dataset or one position',
    load: async () => (await import('./commands/cite.ts')).citeCommand,
  },
  {
    name: 'stats',
    summary: 'Count positions by document, actor, topic, stance within target kind, provision',
    load: async () => (await import('./commands/stats.ts')).statsCommand,
  },
  {
    name: 'export',
    summary: 'Write the CSV tables, JSONL or JSON files',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  {
    name: 'validate',
    summary: 'Check a data directory and report every problem',
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
  {
    name: 'agreement',
    summary: 'Agreement between two codings: unitizing and alpha per variable',
    load: async () => (await import('./commands/agreement.ts')).agreementCommand,
  },
];

// A function, not a constant: the identity is read when the help is shown.
const usage = () => `Usage: cybercrime-positions <command> [options]

${IDENTITY.subject}, from the terminal.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Options:
  -h, --help     help for the tool, or for a command (cybercrime-positions list --help)
  -v, --version  the version of the data (a release, or <next>-dev+<fingerprint> between releases)

Exit status: 0 success, 1 a failed answer (unknown id, invalid data), 2 a usage error.

Examples:
  cybercrime-positions list --article 14
  cybercrime-positions show irn-2025-hanoi.c37
  cybercrime-positions search "انتقال فناوری"
  cybercrime-positions cite irn-2025-hanoi.c37 --format bibtex`;

/** Runs the command line; resolves to the exit status. Never rejects. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(metadata.version);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(
      `${paintErr(io, 'red', 'error')}: unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (see cybercrime-positions --help)`,
    );
    return 2;
  }
  return runCommand(await command.load(), rest, io);
}

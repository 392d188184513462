import { IDENTITY } from '../identity.ts';
import { metadata } from '../index.ts';
import type { Command } from './command.ts';
import { agreementCommand } from './commands/agreement.ts';
import { citeCommand } from './commands/cite.ts';
import { exportCommand } from './commands/export.ts';
import { listCommand } from './commands/list.ts';
import { searchCommand } from './commands/search.ts';
import { showCommand } from './commands/show.ts';
import { statsCommand } from './commands/stats.ts';
import { validateCommand } from './commands/validate.ts';
import { type Io, paintErr } from './io.ts';
import { runCommand } from './run.ts';

export const COMMANDS: readonly Command[] = [
  listCommand,
  showCommand,
  searchCommand,
  citeCommand,
  statsCommand,
  exportCommand,
  validateCommand,
  agreementCommand,
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
  cybercrime-positions show irn-2025-hanoi.c27
  cybercrime-positions search "انتقال فناوری"
  cybercrime-positions cite irn-2025-hanoi.c27 --format bibtex`;

/** Runs the command line; returns the exit status. Never throws. */
export function main(argv: string[], io: Io): number {
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
  return runCommand(command, rest, io);
}

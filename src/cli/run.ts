import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { Failure, type Io, paintErr, UsageError } from './io.ts';

function optionNames(command: Command): string {
  return Object.entries(command.options)
    .map(([name, o]) => `--${name}${o.short ? ` (-${o.short})` : ''}`)
    .join(', ');
}

// The blind-coding commands are npm scripts of the repository, not verbs of the installed tool.
const helpCommand = (name: string) =>
  name.includes(':') ? `npm run ${name} -- --help` : `cybercrime-positions ${name} --help`;

/** Parses a command's flags and runs it; resolves to the exit status. Never rejects. */
export async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  try {
    let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
    try {
      parsed = parseArgs({
        args,
        options: command.options,
        strict: true,
        allowPositionals: command.positionals,
      }) as typeof parsed;
    } catch (error) {
      const message =
        error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
      throw new UsageError(
        `${message}; the options of ${command.name} are ${optionNames(command)}`,
      );
    }
    if (parsed.values.help) {
      io.out(command.help);
      return 0;
    }
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `${paintErr(io, 'red', 'error')}: ${error.message} (see ${helpCommand(command.name)})`,
      );
      return 2;
    }
    if (error instanceof Failure) {
      io.err(`${paintErr(io, 'red', 'error')}: ${error.message}`);
      return 1;
    }
    io.err(
      `${paintErr(io, 'red', 'internal error')}: ${error instanceof Error ? error.message : String(error)}; please report it`,
    );
    return 1;
  }
}

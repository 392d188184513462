// `npm run validate [-- <dir>]`: the command line's validate, run from the sources, so that it works
// before anything is built. Prints every problem as `file:json-pointer: message`; exits 1 if any.
import { validateCommand } from '../src/cli/commands/validate.ts';
import { processIo } from '../src/cli/io.ts';
import { runCommand } from '../src/cli/run.ts';

process.exitCode = await runCommand(validateCommand, process.argv.slice(2), processIo());

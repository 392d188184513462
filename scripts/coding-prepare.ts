// `npm run coding:prepare -- --document <id> --coder <name> --out <file>`: a blind coder's file,
// with the document's paragraphs and nothing of any existing coding. See docs/contributing.md, "Coding a
// statement blind".
import { processIo } from '../src/cli/io.ts';
import { runCommand } from '../src/cli/run.ts';
import { prepareCommand } from '../tools/coding/prepare-command.ts';

process.exitCode = await runCommand(prepareCommand, process.argv.slice(2), processIo());

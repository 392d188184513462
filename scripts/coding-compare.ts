// `npm run coding:compare -- <a> <b> [--data <dir>] [--format text|json|csv]`: the agreement
// between two codings and every disagreement, to adjudicate. The command line's `agreement`, run
// from the sources, with the two files as its --a and --b.
import { agreementCommand } from '../src/cli/commands/agreement.ts';
import { processIo } from '../src/cli/io.ts';
import { runCommand } from '../src/cli/run.ts';

const args = process.argv.slice(2);
const files = args.filter(
  (x, i) => !x.startsWith('-') && !args[i - 1]?.match(/^--(data|format|samples|seed)$/),
);
const flags = args.filter((x) => !files.includes(x));
if (files.length !== 2) {
  console.error('usage: npm run coding:compare -- <a> <b> [--data <dir>] [--format text|json|csv]');
  process.exit(2);
}
process.exitCode = await runCommand(
  agreementCommand,
  ['--a', files[0] as string, '--b', files[1] as string, '--disagreements', ...flags],
  processIo(),
);

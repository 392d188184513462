import { main } from '../../src/cli/main.ts';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The command line run in this process, as a pipe sees it: no terminal, no colour, and each
 * write ending in a newline as processIo() writes it. Far cheaper than spawning the built bin;
 * tests/cli/unix-tool.test.ts keeps the process-level behaviour (exit codes, EPIPE, TTY colour).
 */
export async function cli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const status = await main(args, {
    out: (text) => (stdout += line(text)),
    err: (text) => (stderr += line(text)),
    tty: false,
    color: false,
    width: 100,
  });
  return { status, stdout, stderr };
}

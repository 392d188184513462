import type { Command } from '../../src/cli/command.ts';
import type { Io } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { runCommand } from '../../src/cli/run.ts';

export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

function captureIo(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    tty: false,
    color: false,
    width: 100,
  };
  return { io, out, err };
}

const joined = (lines: string[]) => lines.map((l) => (l.endsWith('\n') ? l : `${l}\n`)).join('');

/**
 * The command line, in this process, as a pipe sees it: no terminal, no colour, each write ending
 * in a newline as processIo() writes it. Far cheaper than spawning the built bin;
 * tests/cli/unix-tool.test.ts keeps what is about the process (exit codes, EPIPE, TTY colour).
 */
export async function cli(argv: string[]): Promise<Ran> {
  const { io, out, err } = captureIo();
  const status = await main(argv, io);
  return { status, stdout: joined(out), stderr: joined(err) };
}

/** One command (an npm script's, say), in this process, with its output captured. */
export async function runScript(command: Command, argv: string[]): Promise<Ran> {
  const { io, out, err } = captureIo();
  const status = await runCommand(command, argv, io);
  return { status, stdout: joined(out), stderr: joined(err) };
}

import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

/** One verb of the command line: its help, its flags, and what it does (returns the exit code). */
export interface Command {
  name: string;
  help: string;
  options: Options;
  positionals: boolean;
  run: (values: Values, positionals: string[], io: Io) => number | Promise<number>;
}

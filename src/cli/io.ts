/** A failure the user caused by how they called the command: exit 2, with what to do. */
export class UsageError extends Error {}
/** An answer that is a failure (unknown id, invalid data): exit 1. */
export class Failure extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stdout is a terminal: then colour (unless NO_COLOR) and text cut to its width. */
  tty: boolean;
  color: boolean;
  width: number;
}

export function processIo(): Io {
  const tty = Boolean(process.stdout.isTTY);
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    tty,
    color: tty && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb',
    width: process.stdout.columns || 100,
  };
}

const STYLE = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  underline: [4, 24],
} as const;
export type Style = keyof typeof STYLE;

export function paint(io: Io, style: Style, text: string): string {
  if (!io.color) return text;
  const [on, off] = STYLE[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** A value that must be one of `choices`, or a usage error naming them. */
export function oneOf<T extends string>(
  flag: string,
  value: unknown,
  choices: readonly T[],
): T | undefined {
  if (typeof value !== 'string') return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be one of ${choices.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${flag} must be a whole number from 1 (got "${value}")`);
  return n;
}

/** A failure the user caused by how they called the command: exit 2, with what to do. */
export class UsageError extends Error {}
/** An answer that is a failure (unknown id, invalid data): exit 1. */
export class Failure extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stdout is a terminal: then colour (unless NO_COLOR) and text cut to its width. */
  tty: boolean;
  /** Colour on stdout. */
  color: boolean;
  /** Colour on stderr, decided for that stream alone (as stdout's when not given). */
  errColor?: boolean;
  width: number;
}

/**
 * Whether to colour a stream, per no-color.org and force-color.org: FORCE_COLOR that is present
 * and not empty turns colour on, NO_COLOR that is present and not empty turns it off; otherwise
 * colour only on a terminal that is not TERM=dumb.
 */
export function useColor(isTty: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTty && env.TERM !== 'dumb';
}

export function processIo(): Io {
  const tty = Boolean(process.stdout.isTTY);
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    tty,
    color: useColor(tty),
    errColor: useColor(Boolean(process.stderr.isTTY)),
    width: process.stdout.columns || 100,
  };
}

// Characters a terminal would obey rather than show: C0 and C1 controls (ESC starts a command
// sequence) and the direction overrides and isolates that reorder what is displayed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to neutralise
const TERMINAL_HAZARD = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Text from the data, made safe to print: each control character shown as <U+XXXX>. */
export function shown(text: string): string {
  return text.replace(
    TERMINAL_HAZARD,
    (ch) => `<U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** `paint` for text bound for stderr, whose colour is decided for stderr. */
export function paintErr(io: Io, style: Style, text: string): string {
  return paint({ ...io, color: io.errColor ?? io.color }, style, text);
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
  // Digits only: Number() would also take 0x10, 1e1 and " 16 ".
  const n = /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n))
    throw new UsageError(`--${flag} must be a whole number from 1 (got "${value}")`);
  return n;
}

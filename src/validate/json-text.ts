// Reads JSON text the way JSON.parse does, but keeps what JSON.parse throws away: duplicate keys
// (the last one silently wins) and the exact place where the text stops being JSON. The work is
// done by the scanner in json-scan.ts; these are the shapes the rest of the code asks for.
import { type DuplicateKey, scanJson } from './json-scan.ts';

export { type DuplicateKey, lineAndColumn } from './json-scan.ts';

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** Where the text stops being JSON, as a line and column, or undefined when it is JSON. */
export function syntaxError(text: string): JsonSyntaxError | undefined {
  const error = scanJson(text).error;
  return error && { line: error.line, column: error.column, message: error.message };
}

/** Every key that occurs twice in one object. */
export function duplicateKeys(text: string): DuplicateKey[] {
  return scanJson(text).duplicates;
}

/** The one serialisation a data file may have: two-space indent, a final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

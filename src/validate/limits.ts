/**
 * What the validator accepts at most. Real data is far below each limit; they exist so that a
 * hostile or broken file is reported with its place instead of exhausting memory or the stack.
 * docs/contributing.md states them; change both together.
 */
export const LIMITS = {
  /** Bytes in one data file (JSON) or one source text. */
  fileBytes: 16 * 1024 * 1024,
  /** Levels of nested objects and arrays in one JSON file. */
  depth: 64,
  /** UTF-16 code units in one JSON string value (a translation, a note, a quote…). */
  textLength: 100_000,
  /** Characters in an id (a value under a key named "id"). */
  idLength: 100,
} as const;

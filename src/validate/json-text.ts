// Reads JSON text the way JSON.parse does, but keeps what JSON.parse throws away: duplicate keys
// (the last one silently wins) and the line where the text stops being JSON.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface DuplicateKey {
  /** JSON pointer of the object that has the key twice, plus the key. */
  path: string[];
  line: number;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse fails, as a line and column, or undefined when the text is JSON. */
export function syntaxError(text: string): JsonSyntaxError | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    // V8 quotes the start of the text after the reason; the line and column say where, and the
    // quoted text may span lines, so keep only the reason.
    const reason = (message.split(', "')[0] ?? message)
      .replace(/ in JSON at position.*$/s, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { ...lineAndColumn(text, offset), message: reason };
  }
}

/**
 * Every key that occurs twice in one object. The text must already be valid JSON. One path is
 * kept and extended in place (copied only for a duplicate), and a string is decoded only when
 * it is a key with an escape in it: this walks every character of every data file.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const path: string[] = [];
  const n = text.length;
  let i = 0;
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
    }
  };
  /** Skips a string (i at its opening quote), found with indexOf rather than a character loop. */
  const skipString = (): void => {
    let end = text.indexOf('"', i + 1);
    // A quote is escaped when an odd number of backslashes stands before it.
    for (;;) {
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    i = end + 1;
  };
  const value = (): void => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      i++;
      const seen = new Set<string>();
      ws();
      if (text.charCodeAt(i) === 125) {
        i++;
        return;
      }
      for (;;) {
        ws();
        const keyAt = i;
        skipString();
        const inner = text.slice(keyAt + 1, i - 1);
        const key = inner.includes('\\') ? (JSON.parse(text.slice(keyAt, i)) as string) : inner;
        if (seen.has(key))
          found.push({ path: [...path, key], line: lineAndColumn(text, keyAt).line });
        seen.add(key);
        ws();
        i++; // ':'
        path.push(key);
        value();
        path.pop();
        ws();
        if (text.charCodeAt(i++) === 125) return;
      }
    } else if (c === 91 /* [ */) {
      i++;
      ws();
      if (text.charCodeAt(i) === 93) {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        path.push(String(k));
        value();
        path.pop();
        ws();
        if (text.charCodeAt(i++) === 93) return;
      }
    } else if (c === 34) {
      skipString();
    } else {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 44 || d === 93 || d === 125 || d === 32 || d === 9 || d === 13 || d === 10) break;
      }
    }
  };
  value();
  return found;
}

/** The one serialisation a data file may have: two-space indent, a final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

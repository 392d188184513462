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

/** Every key that occurs twice in one object. The text must already be valid JSON. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string[]): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const keyAt = i;
        const key = str();
        if (seen.has(key))
          found.push({ path: [...path, key], line: lineAndColumn(text, keyAt).line });
        seen.add(key);
        ws();
        i++; // ':'
        value([...path, key]);
        ws();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, String(n)]);
        ws();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && !',]} \t\r\n'.includes(text[i] as string)) i++;
    }
  };
  value([]);
  return found;
}

/** The one serialisation a data file may have: two-space indent, a final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

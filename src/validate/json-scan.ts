// A strict JSON scanner (RFC 8259), written out so that every error has its own exact line and
// column on any engine, rather than whatever position an engine's JSON.parse message may carry.
// It also keeps what JSON.parse throws away: keys given twice (the last silently wins), numbers a
// JavaScript number cannot hold exactly, and nesting deeper than any data file needs. It never
// recurses, so no nesting can overflow the stack.
import { LIMITS } from './limits.ts';

export interface ScanError {
  line: number;
  column: number;
  message: string;
  /** Where in the structure the scanner was: keys and array indexes down to the error. */
  path: string[];
  /** True when the text is JSON so far but nests deeper than the limit. */
  tooDeep: boolean;
}

export interface DuplicateKey {
  /** JSON pointer of the object that has the key twice, plus the key. */
  path: string[];
  line: number;
}

export interface InexactNumber {
  path: string[];
  line: number;
  /** The number as written. */
  text: string;
  /** What JavaScript would make of it, and what to write instead. */
  reason: string;
}

export interface JsonScan {
  error?: ScanError;
  duplicates: DuplicateKey[];
  numbers: InexactNumber[];
}

/** Line and column (counted in characters, from 1) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      column = 1;
    } else if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) column++;
  }
  return { line, column };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

interface Frame {
  array: boolean;
  /** The current key (objects) or index (arrays). */
  at: string;
  index: number;
  keys?: Set<string>;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly tooDeep = false,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the text';
  const cp = ch.codePointAt(0) as number;
  const name = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp < 0x21 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfeff ? name : `'${ch}' (${name})`;
}

const WORD_FIX: Record<string, string> = {
  True: 'write true (lower case)',
  TRUE: 'write true (lower case)',
  False: 'write false (lower case)',
  FALSE: 'write false (lower case)',
  None: 'write null',
  Null: 'write null (lower case)',
  NULL: 'write null (lower case)',
  undefined: 'write null, or leave the key out',
  NaN: 'write a number or null',
  Infinity: 'write a number or null',
};

/**
 * Why a JSON number cannot be read into a JavaScript number without changing it, or undefined
 * when it can. `1.0` and `1e2` are exact (they are 1 and 100); `1e400`, `-0`,
 * `9007199254740993` and `2.0000000000000001` are not.
 */
export function numberLoss(literal: string): string | undefined {
  const value = Number(literal);
  if (!Number.isFinite(value))
    return 'is too large for a JavaScript number (it would become Infinity, then null)';
  if (Object.is(value, -0)) return 'is -0, which JavaScript writes back as 0: write 0';
  const a = decimal(literal);
  const b = decimal(String(value));
  if (a.digits === b.digits && a.exponent === b.exponent && a.negative === b.negative) return;
  return `cannot be held exactly by a JavaScript number (it would become ${String(value)}): write it as a string, or round it`;
}

/** A decimal as sign, significant digits without leading or trailing zeros, and exponent. */
function decimal(text: string): { negative: boolean; digits: string; exponent: number } {
  const m = /^(-?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!m) return { negative: false, digits: text, exponent: 0 };
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  let digits = int + frac;
  let exponent = Number(m[4] ?? 0) - frac.length;
  const lead = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(lead);
  const trail = /0*$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trail);
  exponent += trail;
  if (digits === '') return { negative: false, digits: '0', exponent: 0 };
  return { negative: m[1] === '-', digits, exponent };
}

/** Scans JSON text; never throws. */
export function scanJson(text: string, maxDepth: number = LIMITS.depth): JsonScan {
  const duplicates: DuplicateKey[] = [];
  const numbers: InexactNumber[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const pathOf = (frames: Frame[]) => frames.map((f) => f.at);
  const lineAt = (at: number) => lineAndColumn(text, at).line;

  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
    }
  };

  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) throw new Stop(start, 'a string that never ends: close it with "');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            throw new Stop(i, '\\u must be followed by four hex digits');
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else throw new Stop(i, `\\${e ?? ''} is not a JSON escape: write \\\\ for a backslash`);
        continue;
      }
      if (c < 0x20)
        throw new Stop(
          i,
          `raw control character ${describe(text[i])} inside a string: write it as an escape (\\n for a line break, \\t for a tab)`,
        );
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const key = (frame: Frame) => {
    ws();
    const c = text[i];
    if (c !== '"') {
      if (c === '}' && text[i - 1] !== '{' && /,\s*$/.test(text.slice(Math.max(0, i - 64), i)))
        throw new Stop(i, 'a comma before "}": JSON allows no trailing comma; delete it');
      if (c === "'") throw new Stop(i, 'a key in single quotes: JSON keys take double quotes');
      if (c === '/') throw new Stop(i, 'a comment: JSON has no comments; delete it');
      throw new Stop(
        i,
        c === undefined
          ? 'the text ends inside an object (is the file cut short?)'
          : `${describe(c)} where a key in double quotes should be`,
      );
    }
    const at = i;
    const name = string();
    const keys = frame.keys as Set<string>;
    if (keys.has(name))
      duplicates.push({ path: [...pathOf(stack.slice(0, -1)), name], line: lineAt(at) });
    keys.add(name);
    frame.at = name;
    ws();
    if (text[i] !== ':')
      throw new Stop(i, `${describe(text[i])} after a key: a colon (:) should follow the key`);
    i++;
  };

  const scalar = () => {
    const c = text[i];
    if (c === '"') {
      string();
      return;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (text.startsWith('-Infinity', i))
        throw new Stop(i, '-Infinity: JSON has no Infinity; write a number or null');
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const after = m ? text[i + m[0].length] : undefined;
      if (!m || (after !== undefined && /[0-9A-Za-z.+-]/.test(after)))
        throw new Stop(
          i,
          `a malformed number: JSON numbers are written like 12, -3.5 or 1e6 (no leading zeros, hex, or trailing dot)`,
        );
      const loss = numberLoss(m[0]);
      if (loss) numbers.push({ path: pathOf(stack), line: lineAt(i), text: m[0], reason: loss });
      i += m[0].length;
      return;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return;
    }
    if (word !== undefined)
      throw new Stop(
        i,
        `${word} is not a JSON value: ${Object.hasOwn(WORD_FIX, word) ? WORD_FIX[word] : 'put text in double quotes'}`,
      );
    if (c === "'") throw new Stop(i, 'a value in single quotes: JSON strings take double quotes');
    if (c === '/') throw new Stop(i, 'a comment: JSON has no comments; delete it');
    if ((c === ']' || c === '}') && /,\s*$/.test(text.slice(Math.max(0, i - 64), i)))
      throw new Stop(i, `a comma before "${c}": JSON allows no trailing comma; delete it`);
    if (c === undefined)
      throw new Stop(i, 'the text ends where a value should be (is the file cut short?)');
    throw new Stop(i, `${describe(c)} where a value should be`);
  };

  try {
    if (text.charCodeAt(0) === 0xfeff)
      throw new Stop(
        0,
        'the file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM',
      );
    let wantValue = true;
    for (;;) {
      if (wantValue) {
        ws();
        const c = text[i];
        if (c === '{' || c === '[') {
          if (stack.length >= maxDepth)
            throw new Stop(
              i,
              `nested more than ${maxDepth} levels deep: no data file needs that many; flatten it`,
              true,
            );
          const frame: Frame = { array: c === '[', at: '0', index: 0 };
          if (!frame.array) frame.keys = new Set();
          stack.push(frame);
          i++;
          ws();
          if (text[i] === (frame.array ? ']' : '}')) {
            i++;
            stack.pop();
          } else {
            if (!frame.array) key(frame);
            continue;
          }
        } else scalar();
        wantValue = false;
      }
      ws();
      const top = stack.at(-1);
      if (!top) {
        if (i < n)
          throw new Stop(i, `${describe(text[i])} after the end of the JSON value: delete it`);
        break;
      }
      const c = text[i];
      if (c === ',') {
        i++;
        if (top.array) top.at = String(++top.index);
        else key(top);
        wantValue = true;
      } else if (c === (top.array ? ']' : '}')) {
        i++;
        stack.pop();
      } else
        throw new Stop(
          i,
          c === undefined
            ? `the text ends inside ${top.array ? 'an array' : 'an object'} (is the file cut short?)`
            : `${describe(c)} where a comma or "${top.array ? ']' : '}'}" should be (a missing comma?)`,
        );
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return {
      error: {
        ...lineAndColumn(text, error.offset),
        message: error.reason,
        path: pathOf(stack),
        tooDeep: error.tooDeep,
      },
      duplicates,
      numbers,
    };
  }
  return { duplicates, numbers };
}

import type { Folding } from '../generated/types.ts';

export type Fold = (text: string) => string;

const fromCodePoint = (cp: string) => String.fromCodePoint(Number.parseInt(cp.slice(2), 16));

/** Keep the code unit; not yet looked at; anything ≥ 0 is the index of its replacement. */
const KEEP = -1;
const UNSEEN = -2;

/**
 * Makes the folding function a table describes: normalize, lower-case, map, remove, then drop
 * whitespace. The table is data (data/folding/), so R or Python can fold the same way.
 */
export function makeFold(table: Folding): Fold {
  const replace = new Map<string, string>();
  for (const { from, to } of table.map) replace.set(fromCodePoint(from), to);
  for (const { char } of table.remove) replace.set(fromCodePoint(char), '');
  const form = table.normalization;
  const lower = table.lowercase;
  const dropSpace = table.removeWhitespace;
  const swap = (ch: string) => replace.get(ch) ?? '';
  // Made on the first call: the package makes its fold when imported, and most programs never fold.
  let finish: Fold | undefined;
  return (text: string) => {
    finish ??= [...replace.keys()].some((k) => k.length > 1)
      ? byRegExp(replace, dropSpace, swap)
      : byTable(replace, dropSpace);
    let s = text.normalize(form);
    if (lower) s = s.toLowerCase();
    return finish(s);
  };
}

/**
 * Mapping and removal as one lookup per UTF-16 code unit: folding a large dataset is then a
 * fraction of a second, where appending a code point at a time took seconds. Only for tables
 * whose characters are all in the Basic Multilingual Plane (one code unit each).
 */
function byTable(replace: ReadonlyMap<string, string>, dropSpace: boolean): Fold {
  const action = new Int32Array(65536).fill(UNSEEN);
  const outputs: string[] = [''];
  for (const [from, to] of replace) {
    action[from.charCodeAt(0)] = outputs.length;
    outputs.push(to);
  }
  // Whether a code unit is whitespace is asked of the RegExp engine the first time it is met,
  // then remembered: the same answer as /\s/u, without testing all 65,536 on the first call.
  const learn = (c: number): number => {
    const a = dropSpace && /\s/u.test(String.fromCharCode(c)) ? 0 : KEEP;
    action[c] = a;
    return a;
  };
  // Codes go to a reused buffer and become a string in one go: appending piece by piece makes
  // ropes that cost more than the folding.
  let buffer: Uint16Array = new Uint16Array(1024);
  const CHUNK = 8192;
  return (s: string) => {
    let n = 0;
    let changed = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let a = action[c] as number;
      if (a === UNSEEN) a = learn(c);
      if (a === KEEP) {
        if (n === buffer.length) buffer = grow(buffer);
        buffer[n++] = c;
        continue;
      }
      changed = true;
      const to = outputs[a] as string;
      for (let k = 0; k < to.length; k++) {
        if (n === buffer.length) buffer = grow(buffer);
        buffer[n++] = to.charCodeAt(k);
      }
    }
    if (!changed) return s;
    let out = '';
    for (let at = 0; at < n; at += CHUNK)
      out += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(n, at + CHUNK)) as never);
    return out;
  };
}

function grow(buffer: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

/** The general case, for tables with characters beyond the BMP: one replace over the text. */
function byRegExp(
  replace: ReadonlyMap<string, string>,
  dropSpace: boolean,
  swap: (ch: string) => string,
): Fold {
  const codePoint = (ch: string) => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
  const keys = [...replace.keys()].map(codePoint).join('');
  const pattern = new RegExp([`[${keys}]`, ...(dropSpace ? ['\\s'] : [])].join('|'), 'gu');
  return (s: string) => s.replace(pattern, swap);
}

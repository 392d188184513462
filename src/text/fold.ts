import type { Folding } from '../generated/types.ts';

export type Fold = (text: string) => string;

const fromCodePoint = (cp: string) => String.fromCodePoint(Number.parseInt(cp.slice(2), 16));

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
  return (text: string) => {
    let s = text.normalize(form);
    if (lower) s = s.toLowerCase();
    let out = '';
    for (const ch of s) {
      const r = replace.get(ch);
      if (r !== undefined) out += r;
      else if (!(dropSpace && /\s/u.test(ch))) out += ch;
    }
    return out;
  };
}

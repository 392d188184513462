// Where a quote stops being the source: a coder who pasted text with an extra or missing
// zero-width non-joiner sees two identical strings, so the message must name the code points.
import { CODE_POINT_NAMES, codePointName } from './code-point-name.ts';

/** A code point as a reader can tell it from its look-alikes: `U+200C (ZERO WIDTH NON-JOINER)`. */
export function describeCodePoint(cp: number): string {
  if (CODE_POINT_NAMES[cp]) return codePointName(cp);
  // Controls and other invisible characters are named by number only, never printed.
  const ch = String.fromCodePoint(cp);
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `${codePointName(cp)} "${ch}"` : codePointName(cp);
}

/**
 * Where `quote` first differs from every place in `paragraph` it could have come from: the longest
 * start of the quote found in the paragraph, and the code points that follow it in each. Undefined
 * when the whole quote is in the paragraph.
 */
export function firstDifference(
  paragraph: string,
  quote: string,
): { at: number; quote: number; source: number | undefined } | undefined {
  const points = [...quote];
  if (paragraph.includes(quote)) return undefined;
  // A prefix found means every shorter prefix is found too, so the longest is found by halving.
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (paragraph.includes(points.slice(0, mid).join(''))) low = mid;
    else high = mid - 1;
  }
  const prefix = points.slice(0, low).join('');
  const index = paragraph.indexOf(prefix) + prefix.length;
  return {
    at: low + 1,
    quote: points[low]?.codePointAt(0) as number,
    source: paragraph.codePointAt(index),
  };
}

/** The sentence for a quote that is not in its paragraph, naming the first difference. */
export function quoteMismatch(paragraph: string, quote: string): string {
  const d = firstDifference(paragraph, quote);
  if (!d) return '';
  const source =
    d.source === undefined
      ? 'the paragraph ends there'
      : `the source has ${describeCodePoint(d.source)}`;
  return `it differs at character ${d.at} of the quote, which has ${describeCodePoint(d.quote)} where ${source}`;
}

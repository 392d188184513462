// Where a quote stops being the source: a coder who pasted text with an extra or missing
// zero-width non-joiner sees two identical strings, so the message must name the code points.

const NAMES: Record<number, string> = {
  32: 'SPACE',
  160: 'NO-BREAK SPACE',
  8203: 'ZERO WIDTH SPACE',
  8204: 'ZERO WIDTH NON-JOINER',
  8205: 'ZERO WIDTH JOINER',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  1610: 'ARABIC LETTER YEH',
  1740: 'ARABIC LETTER FARSI YEH',
  1603: 'ARABIC LETTER KAF',
  1705: 'ARABIC LETTER KEHEH',
};

/** A code point as a reader can tell it from its look-alikes: `U+200C (ZERO WIDTH NON-JOINER)`. */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp];
  if (name) return `${hex} (${name})`;
  // Controls and other invisible characters are named by number only, never printed.
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp))
    ? `${hex} "${String.fromCodePoint(cp)}"`
    : hex;
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

/** Number of Unicode code points in a string (a surrogate pair counts once). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** UTF-16 index of every occurrence of `needle` in `haystack`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1))
    found.push(at);
  return found;
}

/** Code point offsets [start, end) of the span at UTF-16 index `index` with text `text`. */
export function codePointSpan(
  haystack: string,
  index: number,
  text: string,
): { start: number; end: number } {
  const start = codePointLength(haystack.slice(0, index));
  return { start, end: start + codePointLength(text) };
}

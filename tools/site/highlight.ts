import type { Position } from '../../src/generated/types.ts';

export interface Span {
  position: Position;
  start: number;
  end: number;
}

/**
 * The paragraph's text with each quote wrapped by `wrap`, at its code point offsets. Quotes may
 * nest; quotes that cross (one starts inside another and ends outside it) cannot be marked as one
 * element each, so they are an error naming both.
 */
export function highlight(
  text: string,
  spans: Span[],
  wrap: (span: Span, inner: string) => string,
  plain: (text: string) => string,
): string {
  const chars = Array.from(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const render = (from: number, to: number, inside: Span[]): string => {
    let out = '';
    let at = from;
    for (let i = 0; i < inside.length; i++) {
      const span = inside[i] as Span;
      if (span.start < at) continue; // nested in an earlier sibling: rendered there
      out += plain(chars.slice(at, span.start).join(''));
      const children = inside.slice(i + 1).filter((s) => s.start < span.end);
      for (const child of children) {
        if (child.end > span.end) {
          throw new Error(
            `quotes of ${span.position.id} and ${child.position.id} cross in paragraph ${span.position.paragraph}: the page cannot mark both`,
          );
        }
      }
      out += wrap(span, render(span.start, span.end, children));
      at = span.end;
    }
    return out + plain(chars.slice(at, to).join(''));
  };
  return render(0, chars.length, sorted);
}

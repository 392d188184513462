import { occurrences } from './codepoints.ts';

/**
 * Finds which occurrence of `text` in `paragraph` is meant, or says why none can be chosen.
 * The validator checks quotes with it and the build derives their offsets with it: one rule.
 */
export function locate(
  paragraph: string,
  text: string,
  occurrence: number | undefined,
): { index: number } | { error: string } {
  const found = occurrences(paragraph, text);
  if (found.length === 0) return { error: 'not found' };
  if (occurrence === undefined) {
    if (found.length > 1) {
      return {
        error: `occurs ${found.length} times in the paragraph: add "occurrence" (1 to ${found.length}) to say which`,
      };
    }
    return { index: found[0] as number };
  }
  const index = found[occurrence - 1];
  if (index === undefined) {
    return {
      error: `occurrence ${occurrence} asked for, but the text occurs ${found.length} time(s) in the paragraph: correct "occurrence"`,
    };
  }
  return { index };
}

/** How a source file is cut into paragraphs (a document's `paragraphing`). */
export type ParagraphRule = 'blank-line' | 'line' | 'sentence';

/**
 * Splits a source text into paragraphs, numbered from 1 in source order. Nothing inside a
 * paragraph is changed, and only the separators are dropped.
 * - `blank-line`: at one or more blank lines (web pages, delegation texts, whose lines may break
 *   inside a sentence);
 * - `line`: at every line break (records split one paragraph a line); the line break that ends the
 *   file ends its last line and does not start an empty one;
 * - `sentence`: after `.`, `?` or `!` and the spaces that follow, for a transcript that comes as one
 *   line; the rule is mechanical, so "Mr. President" is cut after "Mr." too.
 */
export function splitParagraphs(text: string, rule: ParagraphRule = 'blank-line'): string[] {
  if (rule === 'blank-line') return text.split(/\r?\n(?:[ \t]*\r?\n)+/);
  const body = text.replace(/\r?\n$/, '');
  return rule === 'line' ? body.split(/\r?\n/) : body.split(/(?<=[.?!]) +/);
}

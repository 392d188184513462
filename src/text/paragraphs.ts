/**
 * Splits a source text into paragraphs: one or more blank lines separate them, and they are
 * numbered from 1 in source order. Nothing inside a paragraph is changed.
 */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r?\n(?:[ \t]*\r?\n)+/);
}

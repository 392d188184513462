/**
 * The annotation of paragraph `n`. A statement annotates every paragraph, so its annotations sit at
 * n − 1; an excerpt annotates only the paragraphs of its scope, so they are found by number.
 */
export function annotationOf<P extends { n: number }>(
  paragraphs: readonly P[] | undefined,
  n: number,
): P | undefined {
  const at = paragraphs?.[n - 1];
  return at?.n === n ? at : paragraphs?.find((p) => p.n === n);
}

import { CITE_FORMATS, type CiteFormat, citeWith } from './citation.ts';
import { data } from './data.ts';
import { getDocument, getPosition } from './query.ts';

export { CITE_FORMATS, type CiteFormat, citeWith } from './citation.ts';

/**
 * A citation of the dataset, or of one position, carrying the data's version, the position id
 * and the data fingerprint, so a reader can check they hold the same data. A release is cited with
 * its year and date; data built between releases is cited as an unreleased build, with no date and
 * no release's name. A withdrawn id is still cited, saying which claims supersede it.
 * `undefined` for an unknown id; a TypeError naming the formats for an unknown format.
 * `bibtex` is classic BibTeX (`@misc`, for plain.bst and natbib); `biblatex` is `@dataset`.
 *
 * @example
 * cite('irn-2025-hanoi.c37', { format: 'bibtex' })?.startsWith('@misc{cybercrime-positions-') // true
 * cite('irn-2025-hanoi.c37', { format: 'biblatex' })?.startsWith('@dataset{cybercrime-positions-') // true
 * cite('irn-2025-hanoi.c37')?.includes('claim irn-2025-hanoi.c37') // true
 * cite('irn-2025-hanoi.c27')?.includes('superseded by irn-2025-hanoi.c37') // true
 * cite('no-such-claim') // undefined
 */
export function cite(
  id?: string,
  options: { format?: CiteFormat } | null = {},
): string | undefined {
  const format = options?.format ?? 'apa';
  // A format is chosen in code, so a wrong one is a programming error, not a missing claim.
  if (typeof format !== 'string' || !(CITE_FORMATS as readonly string[]).includes(format))
    throw new TypeError(
      `cite: format ${JSON.stringify(format)?.slice(0, 40) ?? String(format)} is not one of ${CITE_FORMATS.join(', ')}`,
    );
  const position = id === undefined ? undefined : getPosition(id);
  if (id !== undefined && !position) return undefined;
  return citeWith(data.__meta, position, position && getDocument(position.document), format);
}

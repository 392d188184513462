import { type CiteFormat, citeWith } from './citation.ts';
import { data } from './data.ts';
import { getDocument, getPosition } from './query.ts';

export { CITE_FORMATS, type CiteFormat, citeWith } from './citation.ts';

/**
 * A citation of the dataset, or of one position, carrying the data's version, the position id
 * and the data fingerprint, so a reader can check they hold the same data. A release is cited with
 * its year and date; data built between releases is cited as an unreleased build, with no date and
 * no release's name. A withdrawn id is still cited, saying which claims supersede it.
 * `undefined` for an unknown id or format.
 *
 * @example
 * cite('irn-2025-hanoi.c37', { format: 'bibtex' })?.startsWith('@dataset{cybercrime-positions-') // true
 * cite('irn-2025-hanoi.c37')?.includes('claim irn-2025-hanoi.c37') // true
 * cite('irn-2025-hanoi.c27')?.includes('superseded by irn-2025-hanoi.c37') // true
 * cite('no-such-claim') // undefined
 */
export function cite(
  id?: string,
  options: { format?: CiteFormat } | null = {},
): string | undefined {
  const position = id === undefined ? undefined : getPosition(id);
  if (id !== undefined && !position) return undefined;
  return citeWith(
    data.__meta,
    position,
    position && getDocument(position.document),
    options?.format ?? 'apa',
  );
}

import type { Dataset, Position } from './generated/types.ts';

const byId = new Intl.Collator('en', { numeric: true }).compare;

/**
 * The claims in force and the withdrawn ones as one list, in the order the data once had them
 * together: by document (in the dataset's document order), then by id (c9 before c10). The
 * dataset keeps the two apart so that nothing counts a tombstone by accident; lookups by id, text
 * search across statuses and the release record need both.
 */
export function everyPosition(
  data: Pick<Dataset, 'documents' | 'positions' | 'withdrawn'>,
): Position[] {
  const order = new Map(data.documents.map((d, i) => [d.id, i]));
  const rank = (p: Position) => order.get(p.document) ?? order.size;
  return [...data.positions, ...data.withdrawn].sort(
    (a, b) => rank(a) - rank(b) || byId(a.id, b.id),
  );
}

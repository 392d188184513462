import type { Coding } from './coding.ts';
import type { QuotableParagraphs } from './study.ts';

/**
 * Paragraph numbers of pooled documents are kept apart by this stride: paragraph n of the i-th
 * document becomes (i + 1) × STRIDE + n, so that claims are matched only within their document.
 */
export const STRIDE = 1000;

export interface Part {
  a: Coding;
  b: Coding;
  quotable: QuotableParagraphs;
}

/**
 * Several documents' codings as one pair of codings, for figures pooled over short documents:
 * alone, a passage of one to six claims gives an interval from -1 to 1, and pooled, the same
 * decisions are counted once each. The pool's document is named by the documents it holds.
 */
export function pool(parts: readonly Part[]): Part {
  const shift = <C extends { paragraph: number }>(claims: readonly C[], i: number): C[] =>
    claims.map((c) => ({ ...c, paragraph: (i + 1) * STRIDE + c.paragraph }));
  if (parts.some((p) => [...p.quotable.keys()].some((n) => n >= STRIDE)))
    throw new Error(`pool: a document has a paragraph numbered ${STRIDE} or more`);
  const document = `pooled: ${parts.map((p) => p.a.document).join(', ')}`;
  const coding = (side: 'a' | 'b'): Coding => {
    const first = parts[0]?.[side];
    return {
      label: parts.map((p) => p[side].label).join(', '),
      document,
      ...(first?.coder !== undefined ? { coder: first.coder } : {}),
      ...(first?.codebookVersion !== undefined ? { codebookVersion: first.codebookVersion } : {}),
      ...(first?.blind !== undefined ? { blind: parts.every((p) => p[side].blind) } : {}),
      ...(first?.codedAt !== undefined ? { codedAt: first.codedAt } : {}),
      claims: parts.flatMap((p, i) => shift(p[side].claims, i)),
      withdrawn: parts.flatMap((p, i) => shift(p[side].withdrawn, i)),
    };
  };
  const quotable = new Map(
    parts.flatMap((p, i) => [...p.quotable].map(([n, len]) => [(i + 1) * STRIDE + n, len])),
  );
  return { a: coding('a'), b: coding('b'), quotable };
}
